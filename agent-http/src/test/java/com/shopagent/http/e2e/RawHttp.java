package com.shopagent.http.e2e;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request from a chosen loopback address (127.0.0.2 is another host as far as the
 * server can tell), which the JDK's HttpClient cannot bind to.
 */
final class RawHttp {
  private RawHttp() {}

  static String post(String fromAddress, String baseUrl, String path, String bearer, String json) throws Exception {
    URI uri = URI.create(baseUrl);
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket(InetAddress.getByName(uri.getHost()), uri.getPort(),
        InetAddress.getByName(fromAddress), 0)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
          + "\r\nAuthorization: Bearer " + bearer + "\r\nContent-Type: application/json\r\nContent-Length: "
          + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      in.transferTo(response);
      return response.toString(StandardCharsets.UTF_8);
    }
  }
}
