package com.shopagent.http.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One `agent ...` command run the way bin/agent runs it: the packaged jar, its own JVM. */
record AgentCommand(int exit, String out, String err) {
  static AgentCommand run(Path workDir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx768m", "-cp", ServerProcess.classPath(), "com.shopagent.http.Main"));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    pb.environment().putAll(env);
    pb.environment().put("AGENT_HOME", ServerProcess.repoRoot().toString());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("agent " + String.join(" ", args) + " did not finish in 5 minutes");
    }
    return new AgentCommand(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Override
  public String toString() {
    return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
  }
}
