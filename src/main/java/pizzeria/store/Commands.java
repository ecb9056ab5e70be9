package pizzeria.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs a command to completion; a failure carries its output (and a log's tail) so it can be fixed. */
final class Commands {
    private Commands() { }

    static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            String tail = "";
            if (log != null && Files.exists(log)) {
                List<String> lines = Files.readAllLines(log);
                tail = "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
            }
            throw new IOException(String.join(" ", command) + " failed: " + output.trim() + tail);
        }
    }
}
