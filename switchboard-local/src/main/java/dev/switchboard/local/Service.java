package dev.switchboard.local;

/** The four Switchboard services, with the local port each listens on unless told otherwise. */
enum Service {
    INGEST("ingest-service", 8081),
    CONVERSATION("conversation-service", 8082),
    ROUTING("routing-service", 8083),
    NOTIFY("notify-service", 8084);

    private final String moduleName;
    private final int defaultPort;

    Service(String moduleName, int defaultPort) {
        this.moduleName = moduleName;
        this.defaultPort = defaultPort;
    }

    String moduleName() {
        return moduleName;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** The option that overrides the port, e.g. {@code --ingest.port=18081}. */
    String portOption() {
        return moduleName.replace("-service", "") + ".port";
    }
}
