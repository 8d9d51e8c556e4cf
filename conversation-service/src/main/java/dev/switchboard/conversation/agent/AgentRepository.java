package dev.switchboard.conversation.agent;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.switchboard.events.Presence;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** The {@code agents} collection, {@code _id} = agentId (also the sign-in username). */
@Repository
public class AgentRepository {

    private final MongoCollection<Document> agents;

    AgentRepository(MongoDatabase database) {
        this.agents = database.getCollection("agents");
        agents.createIndex(Indexes.ascending("workspaceId"));
    }

    public Optional<Agent> find(String agentId) {
        return Optional.ofNullable(agents.find(Filters.eq("_id", agentId)).first()).map(AgentRepository::toAgent);
    }

    /** The teams of the workspace's agent, as routing matches them; empty for no teams or no such agent. */
    public List<String> teamsOf(String workspaceId, String agentId) {
        Document agent = agents.find(Filters.and(Filters.eq("_id", agentId), Filters.eq("workspaceId", workspaceId)))
                .projection(Projections.include("teams")).first();
        return agent == null ? List.of() : agent.getList("teams", String.class, List.of());
    }

    /** Those of {@code agentIds} that are agents of the workspace, in the order given. */
    public List<String> agentsAmong(String workspaceId, Collection<String> agentIds) {
        Set<String> known = agents.find(Filters.and(Filters.in("_id", agentIds),
                        Filters.eq("workspaceId", workspaceId))).projection(Projections.include("_id"))
                .map(agent -> agent.getString("_id")).into(new HashSet<>());
        return agentIds.stream().filter(known::contains).toList();
    }

    /** Stores the agent unless one with its id exists (an existing agent keeps its password and status). */
    public void insertIfAbsent(Agent agent) {
        Document fields = new Document("workspaceId", agent.workspaceId())
                .append("displayName", agent.displayName())
                .append("role", agent.role().name())
                .append("capacity", agent.capacity())
                .append("passwordHash", agent.passwordHash())
                .append("status", agent.status().name());
        agents.updateOne(Filters.eq("_id", agent.id()), new Document("$setOnInsert", fields),
                new UpdateOptions().upsert(true));
    }

    /** Replaces the routing profile of the workspace's agent; empty when there is no such agent. */
    Optional<Agent> changeProfile(String workspaceId, String agentId, AgentProfile profile) {
        Document weights = new Document();
        profile.channelWeights().forEach((channel, weight) -> weights.append(channel.name(), weight));
        return Optional.ofNullable(agents.findOneAndUpdate(
                        Filters.and(Filters.eq("_id", agentId), Filters.eq("workspaceId", workspaceId)),
                        Updates.combine(Updates.set("capacity", profile.capacity()),
                                Updates.set("channelWeights", weights), Updates.set("teams", profile.teams()),
                                Updates.set("skills", profile.skills())),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .map(AgentRepository::toAgent);
    }

    private static Agent toAgent(Document d) {
        return new Agent(d.getString("_id"), d.getString("workspaceId"), d.getString("displayName"),
                AgentRole.valueOf(d.getString("role")), d.getInteger("capacity", 0), d.getString("passwordHash"),
                Presence.valueOf(d.getString("status")), d.getList("teams", String.class, List.of()));
    }
}
