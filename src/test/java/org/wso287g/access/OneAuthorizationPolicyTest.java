package org.wso287g.access;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.wso287g.identity.ProgramIdentity;

/**
 * Rule 8's "one authorization policy", kept: features ask {@link AccessPolicy} whether a person may
 * act on a record. They do not read a user's groups, or ask the identity service about memberships,
 * to decide for themselves. The only places that read groups turn a signed-in user into an
 * {@link Actor} for the policy, or, at sign-in (org.wso287g.security), into the engine's current user and
 * the request's authorities.
 */
@AnalyzeClasses(packages = "org.wso287g", importOptions = ImportOption.DoNotIncludeTests.class)
class OneAuthorizationPolicyTest {

  @ArchTest
  static final ArchRule onlyTheActorsSourcesReadAUsersGroups = noClasses()
      .that().doNotHaveFullyQualifiedName("org.wso287g.api.Caller")
      .and().doNotHaveFullyQualifiedName("org.wso287g.process.CurrentUser")
      .and().doNotHaveFullyQualifiedName("org.wso287g.process.CallerGuard")
      .and().resideOutsideOfPackages("org.wso287g.access..", "org.wso287g.identity..", "org.wso287g.security..")
      .should().callMethod(Authentication.class, "getGroupIds")
      .because("who may do what to which record is the access policy's answer (org.wso287g.access.AccessPolicy)");

  @ArchTest
  static final ArchRule noFeatureDecidesByGroupMembership = noClasses()
      .that().resideOutsideOfPackages("org.wso287g.identity..")
      .should().callMethod(ProgramIdentity.class, "isMember", String.class, String.class)
      .because("features ask the access policy, which judges the signed-in user's groups against the record");

  @ArchTest
  static final ArchRule noFeatureQueriesGroupsToDecide = noClasses()
      .that().resideOutsideOfPackages("org.wso287g.identity..", "org.wso287g.demo..", "org.wso287g.security..")
      .should().callMethod(org.camunda.bpm.engine.IdentityService.class, "createGroupQuery")
      .because("features ask the access policy instead of looking up groups");
}
