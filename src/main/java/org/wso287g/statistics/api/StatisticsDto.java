package org.wso287g.statistics.api;

import java.time.LocalDate;
import java.util.List;

/** The program "by the numbers", as the API returns it. */
public record StatisticsDto(
    String model,
    LocalDate asOf,
    LocalDate servedFrom,
    long agreements,
    long states,
    long credentialedOfficers,
    long warrantsServed,
    List<StateDto> byState) {

  public record StateDto(String state, long agreements, long credentialedOfficers, long warrantsServed) {}
}
