package org.wso287g.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.wso287g.process.ProgramAuthority;
import org.wso287g.vetting.domain.Instructors;
import org.wso287g.vetting.domain.OfficerAccounts;

/**
 * The program's people and groups in Camunda's identity service, and what each group may see.
 *
 * <p>Steps of a process run as the user who completes the task before them, and that user (an agency
 * sheriff, a Field Office Director) may not create groups or users. The program does that on its own
 * authority ({@link ProgramAuthority}): these calls run without the current user's authorization checks.
 */
@Component
@RequiredArgsConstructor
public class ProgramIdentity implements Instructors, OfficerAccounts {

  /** The process whose start form gives notice on an agreement (rule 14). */
  public static final String NOTICE_PROCESS = "agreementNotice";

  /** The processes whose start forms an agency's command staff use for their officers (Processes 5 and 6). */
  public static final String ADDITIONAL_CANDIDATES_PROCESS = "wsoAdditionalCandidates";
  public static final String DEPARTURE_PROCESS = "wsoOfficerDeparture";
  /** Process 4: a complaint is recorded through its start form (the agency's command staff among others). */
  public static final String COMPLAINT_PROCESS = "wsoComplaint";

  public static final String PROGRAM_GROUP_TYPE = "WORKFLOW";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final ProcessEngineConfiguration engine;

  /** Creates the agency's command and WSO groups (if missing) and lets them into the Tasklist. */
  public void ensureAgencyGroups(String ori, String agencyName) {
    privileged(() -> {
      ensureGroup(ProgramGroups.agencyCommand(ori), agencyName + " — command staff");
      ensureGroup(ProgramGroups.agencyWso(ori), agencyName + " — Warrant Service Officers");
      mayStart(ProgramGroups.agencyCommand(ori), NOTICE_PROCESS, COMPLAINT_PROCESS, ADDITIONAL_CANDIDATES_PROCESS, DEPARTURE_PROCESS);
      for (String filterName : TasklistFilters.AGENCY_FILTERS) {
        findFilter(filterName).ifPresent(f -> grant(ProgramGroups.agencyCommand(ori), Resources.FILTER, f.getId(),
            Permissions.READ));
      }
      for (String filterName : TasklistFilters.OFFICER_FILTERS) {
        findFilter(filterName).ifPresent(f -> grant(ProgramGroups.agencyWso(ori), Resources.FILTER, f.getId(),
            Permissions.READ));
      }
      return null;
    });
  }

  /**
   * A group of the program, with access to the Tasklist. Reading the process definitions is everyone's
   * ({@link #grantEveryoneTheModels()}), not a grant per group: see there why.
   */
  public void ensureGroup(String id, String name) {
    privileged(() -> {
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(PROGRAM_GROUP_TYPE);
        identity.saveGroup(group);
        grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      }
      return null;
    });
  }

  /**
   * The certified officer's Camunda user (created without a password if missing: an administrator
   * gives it one in Camunda Admin), made a member of the agency's WSO group. The vetting rules chose
   * the id (rule 9): a new id no user has, or an account an administrator linked to this person.
   */
  public void enrolOfficer(String userId, String fullName, String email, String ori) {
    privileged(() -> {
      if (identity.createUserQuery().userId(userId).count() == 0) {
        User user = identity.newUser(userId);
        int space = fullName.lastIndexOf(' ');
        user.setFirstName(space > 0 ? fullName.substring(0, space) : fullName);
        user.setLastName(space > 0 ? fullName.substring(space + 1) : "");
        user.setEmail(email);
        identity.saveUser(user);
      }
      String wsoGroup = ProgramGroups.agencyWso(ori);
      if (identity.createUserQuery().userId(userId).memberOfGroup(wsoGroup).count() == 0) {
        identity.createMembership(userId, wsoGroup);
      }
      return null;
    });
  }

  /** Rule 6: one officer leaves the agency's WSO group (authority withdrawn). */
  public void removeOfficer(String userId, String ori) {
    privileged(() -> {
      identity.deleteMembership(userId, ProgramGroups.agencyWso(ori));
      return null;
    });
  }

  /**
   * Takes back what the engine granted a user when a task was assigned to them (it keeps an
   * authorization per former assignee): the task leaves their Tasklist.
   */
  public void revokeTaskAccess(String userId, String taskId) {
    privileged(() -> {
      authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK).resourceId(taskId).list()
          .forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
      return null;
    });
  }

  /** Rule 6: takes every officer out of the agency's WSO group (the credentials were revoked). */
  public void removeAllOfficers(String ori) {
    privileged(() -> {
      String wsoGroup = ProgramGroups.agencyWso(ori);
      for (User user : identity.createUserQuery().memberOfGroup(wsoGroup).list()) {
        identity.deleteMembership(user.getId(), wsoGroup);
      }
      return null;
    });
  }

  public boolean isMember(String userId, String groupId) {
    return privileged(() -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
  }

  @Override
  public boolean exists(String userId) {
    return privileged(() -> identity.createUserQuery().userId(userId).count() > 0);
  }

  @Override
  public Optional<String> email(String userId) {
    return privileged(() -> Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
        .map(User::getEmail));
  }

  @Override
  public boolean isWsoPointOfContact(String userId, String fieldOfficeCode) {
    return isMember(userId, ProgramGroups.fieldOfficeWsoPoc(fieldOfficeCode));
  }

  /**
   * The group may start these processes from the Tasklist (their start forms). Creating the instance
   * itself is everyone's ({@link #grantEveryoneTheModels()}); what decides is CREATE_INSTANCE on the model.
   */
  public void mayStart(String group, String... processes) {
    mayStart(List.of(group), processes);
  }

  /** {@link #mayStart(String, String...)} for many groups: one query per process, whatever their number. */
  public void mayStart(Collection<String> groups, String... processes) {
    privileged(() -> {
      for (String process : processes) {
        grant(groups, Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.CREATE_INSTANCE);
      }
      return null;
    });
  }

  /**
   * Every signed-in user may read the program's models and create a process instance, as one grant each
   * to everyone instead of one per group. The engine checks a task's visibility by joining every task
   * with the grants of the user's groups on the task's id, its model's key and '*': a per-group '*' grant
   * for each of two thousand agency groups made every task of every query look through thousands of rows
   * (docs/performance.md). Nothing is opened by it: the models are the published processes, and starting
   * one still takes the group's CREATE_INSTANCE on that model ({@link #mayStart}).
   */
  public void grantEveryoneTheModels() {
    privileged(() -> {
      grantEveryone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
      grantEveryone(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
      // The per-group grants of earlier versions: now redundant, and what made task queries slow.
      Set<String> programGroups = identity.createGroupQuery().groupType(PROGRAM_GROUP_TYPE).list().stream()
          .map(Group::getId).collect(Collectors.toSet());
      for (Resource resource : List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE)) {
        authorizations.createAuthorizationQuery().resourceType(resource).resourceId(Authorization.ANY).list().stream()
            .filter(grant -> grant.getGroupId() != null && programGroups.contains(grant.getGroupId()))
            .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
      }
      return null;
    });
  }

  /** One grant to every signed-in user (a global authorization), made once. */
  void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizations.createAuthorizationQuery().userIdIn(Authorization.ANY).resourceType(resource)
        .resourceId(resourceId).count() > 0;
    if (!exists) {
      var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
      authorization.setUserId(Authorization.ANY);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      for (Permission permission : permissions) {
        authorization.addPermission(permission);
      }
      authorizations.saveAuthorization(authorization);
    }
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(List.of(groupId), resource, resourceId, permissions);
  }

  /** Grants to each group that has no grant on the resource yet: one query for all of them, reading only their grants. */
  void grant(Collection<String> groupIds, Resource resource, String resourceId, Permission... permissions) {
    Set<String> granted = authorizations.createAuthorizationQuery().groupIdIn(groupIds.toArray(String[]::new))
        .resourceType(resource).resourceId(resourceId).list()
        .stream().map(Authorization::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
    for (String groupId : groupIds) {
      if (granted.add(groupId)) {
        var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
          authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
      }
    }
  }

  Optional<Filter> findFilter(String name) {
    return Optional.ofNullable(filters.createFilterQuery().filterName(name).singleResult());
  }

  private <T> T privileged(Callable<T> work) {
    return ProgramAuthority.run(engine, work);
  }
}
