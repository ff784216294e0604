package org.wso287g.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;

/** A real SMTP server in the test JVM (GreenMail) on a free loopback port, for the notification tests. */
public final class LocalSmtp {

  private LocalSmtp() {}

  /** A port nothing listens on now, for a server the test starts itself. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A GreenMail SMTP server listening on 127.0.0.1 at this port, started. */
  public static GreenMail start(int port) {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }
}
