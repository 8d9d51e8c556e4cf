package dev.switchboard.ingest.meta;

/** A signed Meta notification that cannot be read; names the offending field's path so the answer can say it. */
final class MalformedMetaRequest extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    MalformedMetaRequest(String field, String problem) {
        super(("body".equals(field) ? "the request body " : "field '" + field + "' ") + problem);
        this.field = field;
    }

    String field() {
        return field;
    }
}
