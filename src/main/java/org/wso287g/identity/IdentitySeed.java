package org.wso287g.identity;

/**
 * Data to create at start-up once the program's groups, permissions and filters exist (the demo
 * users and agency, for instance). Runs before the web server opens.
 */
public interface IdentitySeed {

  void seed();
}
