package dev.switchboard.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One service running in its own JVM from its own executable jar, exactly as it would in production: its own
 * classpath, configuration and beans. Output goes to {@code data/logs/<service>.log}.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(Service service, int port, Process process, Path log) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(Service service, LocalSettings settings, List<String> properties) {
        Path jar = executableJar(settings.home(), service);
        Path log = settings.dataDir().resolve("logs").resolve(service.moduleName() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.jvmOptions());
        command.add("-jar");
        command.add(jar.toString());
        command.add("--spring.profiles.active=local");
        command.add("--server.port=" + settings.port(service));
        properties.forEach(p -> command.add("--" + p));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .directory(settings.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ServiceProcess(service, settings.port(service), process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.moduleName(), e);
        }
    }

    /** Waits until {@code /actuator/health} answers UP, the process dies, or the deadline passes. */
    void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.moduleName() + " exited with " + process.exitValue()
                        + "; see " + log);
            }
            if (isUp()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service.moduleName() + " not healthy after " + timeout + "; see " + log);
    }

    /** Asks the JVM to shut down (its shutdown hooks run) and waits; kills it if it does not stop in time. */
    void stop(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    Service service() {
        return service;
    }

    long pid() {
        return process.pid();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    private boolean isUp() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Path executableJar(Path home, Service service) {
        Path target = home.resolve(service.moduleName()).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> notBuilt(service, target));
        } catch (IOException e) {
            throw notBuilt(service, target);
        }
    }

    private static IllegalStateException notBuilt(Service service, Path target) {
        return new IllegalStateException("no executable jar for " + service.moduleName() + " in " + target
                + ": build first with ./mvnw -DskipTests package");
    }
}
