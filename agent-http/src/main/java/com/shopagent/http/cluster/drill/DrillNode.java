package com.shopagent.http.cluster.drill;

/** One agent process of a local cluster, as bin/cluster started it. */
public record DrillNode(int index, String httpUrl, long pid, int remotePort) {

  /** {@code i,http-url,pid,remote-port}, as bin/cluster passes it. */
  public static DrillNode parse(String spec) {
    String[] p = spec.split(",");
    return new DrillNode(Integer.parseInt(p[0]), p[1], Long.parseLong(p[2]), Integer.parseInt(p[3]));
  }

  public boolean hosts(String akkaAddress) {
    return akkaAddress != null && akkaAddress.endsWith(":" + remotePort);
  }

  public DrillNode withPid(long newPid) {
    return new DrillNode(index, httpUrl, newPid, remotePort);
  }
}
