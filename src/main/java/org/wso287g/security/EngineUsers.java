package org.wso287g.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * HTTP Basic against the engine's users (the users of the Tasklist): the engine checks the password,
 * and so also applies its login throttling and lockout. The user's engine groups become the request's
 * authorities, unprefixed ({@code camunda-admin}), which is what Spring Boot's health
 * {@code show-details: when-authorized} with {@code roles: camunda-admin} compares them with.
 */
class EngineUsers implements AuthenticationProvider {

  /** Who signed in, with what the engine needs to check its authorizations for the request. */
  record EngineUser(String userId, List<String> groupIds, List<String> tenantIds) {}

  private final ObjectProvider<IdentityService> identity;

  /** The identity service is looked up at the first sign-in, so that building the security filters does not build the engine. */
  EngineUsers(ObjectProvider<IdentityService> identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    IdentityService users = identity.getObject();
    if (password == null || !users.checkPassword(userId, password.toString())) {
      // The same answer for an unknown user, a wrong password and a locked user: nothing to learn from it.
      throw new BadCredentialsException("Wrong user id or password");
    }
    List<String> groups = users.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenants = users.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    return UsernamePasswordAuthenticationToken.authenticated(new EngineUser(userId, groups, tenants), null,
        groups.stream().map(SimpleGrantedAuthority::new).toList());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
