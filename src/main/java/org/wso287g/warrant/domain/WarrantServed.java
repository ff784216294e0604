package org.wso287g.warrant.domain;

import java.time.Instant;

/**
 * A warrant was served, published inside the transaction that records the service: whoever listens
 * (the program statistics) writes in the same transaction, so both stand or fall together.
 *
 * @param agencyState the USPS code of the lodging agency's state, under which the service is counted
 * @param fieldOfficeCode the agency's field office, whose time zone gives the day it is counted on
 */
public record WarrantServed(String warrantNumber, String agencyState, String fieldOfficeCode, Instant servedAt) {}
