package dev.switchboard.conversation.presence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The presence fields of the {@code agents} documents. Every change is one conditional single-document update over
 * the version it was computed from, so two writers (a report and a sweep, on two instances) never both apply theirs:
 * the second finds the version moved and computes again from the new state.
 */
@Repository
class PresenceStore {

    static final String VERSION = "presenceVersion";
    static final String UNANNOUNCED = "presenceUnannounced";
    static final String CHANGED_AT = "presenceChangedAt";
    static final String LAPSES_AT = "connectionsLapseAt";
    static final String STATUS_VERSION = "presenceStatusVersion";

    private final MongoCollection<Document> agents;

    PresenceStore(MongoDatabase database) {
        this.agents = database.getCollection("agents");
        agents.createIndex(Indexes.ascending(LAPSES_AT), new IndexOptions().sparse(true));
        agents.createIndex(Indexes.ascending(UNANNOUNCED, CHANGED_AT), new IndexOptions().sparse(true));
    }

    Optional<StoredPresence> find(String workspaceId, String agentId) {
        return Optional.ofNullable(agents.find(agent(workspaceId, agentId)).first()).map(PresenceDocuments::read);
    }

    /**
     * Writes {@code next} over {@code before}'s version, noting the new version as a status change when the status or
     * its reason moved; empty when someone changed it meanwhile.
     */
    Optional<StoredPresence> replace(StoredPresence before, PresenceState next, boolean announce, Instant now) {
        List<Bson> changes = new ArrayList<>(PresenceDocuments.write(next));
        changes.add(Updates.set(VERSION, before.version() + 1));
        if (announce) {
            changes.add(Updates.set(UNANNOUNCED, true));
            changes.add(Updates.set(CHANGED_AT, Date.from(now)));
        }
        if (next.differsFor(before.state())) {
            changes.add(Updates.set(STATUS_VERSION, before.version() + 1));
        }
        Bson filter = Filters.and(agent(before.workspaceId(), before.agentId()), versionIs(before.version()));
        return Optional.ofNullable(agents.findOneAndUpdate(filter, Updates.combine(changes),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(PresenceDocuments::read);
    }

    /** Routing has been told of this version's status. */
    void announced(StoredPresence presence) {
        agents.updateOne(Filters.and(agent(presence.workspaceId(), presence.agentId()),
                versionIs(presence.version())), Updates.unset(UNANNOUNCED));
    }

    /** Agents with a counted connection whose report lapsed at or before {@code now}. */
    List<AgentRef> lapsing(Instant now, int limit) {
        return keys(Filters.lte(LAPSES_AT, Date.from(now)), limit);
    }

    /** Agents whose status change routing has not been told of since {@code before}. */
    List<AgentRef> unannounced(Instant before, int limit) {
        return keys(Filters.and(Filters.eq(UNANNOUNCED, true), Filters.lte(CHANGED_AT, Date.from(before))), limit);
    }

    private List<AgentRef> keys(Bson filter, int limit) {
        List<AgentRef> keys = new ArrayList<>();
        agents.find(filter).projection(Projections.include("workspaceId")).limit(limit)
                .forEach(document -> keys.add(new AgentRef(document.getString("workspaceId"),
                        document.getString("_id"))));
        return keys;
    }

    private static Bson agent(String workspaceId, String agentId) {
        return Filters.and(Filters.eq("_id", agentId), Filters.eq("workspaceId", workspaceId));
    }

    /** Documents written before presence had versions count as version 0. */
    private static Bson versionIs(long version) {
        return version == 0 ? Filters.or(Filters.exists(VERSION, false), Filters.eq(VERSION, 0L))
                : Filters.eq(VERSION, version);
    }
}
