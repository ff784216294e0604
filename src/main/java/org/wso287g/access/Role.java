package org.wso287g.access;

import java.util.List;
import java.util.Locale;

/**
 * The roles of the specification's groups, each with its reach: national roles everywhere, a field
 * office's roles over the agencies of that office, an agency's roles over that agency.
 */
public enum Role {

  ADMINISTRATOR("camunda-admin"),
  HEADQUARTERS("hq-287g"),
  ICE_SIGNATORY("ice-signatory"),
  PERSONNEL_SECURITY("personnel-security"),
  FIELD_OFFICE_DIRECTOR("fo-{fo}-director"),
  FIELD_OFFICE_WSO_POC("fo-{fo}-wso-poc"),
  FIELD_OFFICE_ERO("fo-{fo}-ero"),
  AGENCY_COMMAND("lea-{ori}-command"),
  AGENCY_WSO("lea-{ori}-wso");

  private final String group;

  Role(String group) {
    this.group = group;
  }

  /** The group pattern as the specification writes it. */
  public String group() {
    return group;
  }

  /** The group that holds this role over the record, if the record has the office or agency it needs. */
  String groupOver(Jurisdiction where) {
    if (group.contains("{fo}")) {
      return where.fieldOfficeCode() == null ? null : group.replace("{fo}", where.fieldOfficeCode().toLowerCase(Locale.ROOT));
    }
    if (group.contains("{ori}")) {
      return where.ori() == null ? null : group.replace("{ori}", where.ori().toLowerCase(Locale.ROOT));
    }
    return group;
  }

  boolean heldBy(Actor actor, Jurisdiction where) {
    String needed = groupOver(where);
    return needed != null && actor.inGroup(needed);
  }

  boolean isNational() {
    return !group.contains("{");
  }

  /** The middle part of the actor's groups of this role ({@code fo-nol-director} → NOL), upper case. */
  List<String> codesOf(Actor actor) {
    int open = group.indexOf('{');
    if (open < 0) {
      return List.of();
    }
    String prefix = group.substring(0, open);
    String suffix = group.substring(group.indexOf('}') + 1);
    return actor.groups().stream().filter(g -> g.startsWith(prefix) && g.endsWith(suffix) && g.length() > prefix.length() + suffix.length())
        .map(g -> g.substring(prefix.length(), g.length() - suffix.length()).toUpperCase(Locale.ROOT)).toList();
  }
}
