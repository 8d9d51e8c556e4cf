package dev.switchboard.conversation.conversation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.switchboard.conversation.agent.AgentRepository;
import dev.switchboard.conversation.agent.CurrentAgent;
import dev.switchboard.conversation.web.Cursors;
import dev.switchboard.conversation.web.Page;
import dev.switchboard.conversation.web.Problems;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The agents' queue: conversations by priority (most urgent first), then by how long they have waited (longest
 * first), then by id, so that the order is total and a cursor (the last item's key) pages without gaps or repeats.
 * An agent sees what they hold and what waits for their teams (or for no team); a supervisor sees everything.
 */
@Component
class ConversationSearch {

    private static final String RANK = ConversationDocuments.PRIORITY_RANK;
    private static final Bson ORDER = Sorts.orderBy(Sorts.descending(RANK), Sorts.ascending("waitingSince", "_id"));

    private final ConversationRepository conversations;
    private final AgentRepository agents;

    ConversationSearch(ConversationRepository conversations, AgentRepository agents) {
        this.conversations = conversations;
        this.agents = agents;
    }

    Page<Conversation> page(CurrentAgent agent, ConversationQuery query) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("workspaceId", agent.workspaceId()),
                Filters.eq("status", query.status() == null ? "OPEN" : query.status()), assignee(agent, query)));
        equal(filters, "team", query.team());
        equal(filters, "inboxId", query.inbox());
        equal(filters, "channel", query.channel());
        equal(filters, "priority", query.priority());
        equal(filters, "labels", query.label());
        if (!agent.isSupervisor()) {
            filters.add(Filters.or(Filters.eq("assigneeId", agent.agentId()), Filters.and(
                    Filters.exists("assigneeId", false), Filters.or(Filters.exists("team", false),
                            Filters.in("team", agents.teamsOf(agent.workspaceId(), agent.agentId()))))));
        }
        if (query.cursor() != null) {
            filters.add(after(query.cursor()));
        }
        List<Conversation> found = conversations.list(Filters.and(filters), ORDER, query.pageSize() + 1);
        if (found.size() <= query.pageSize()) {
            return new Page<>(found, null);
        }
        List<Conversation> items = found.subList(0, query.pageSize());
        return new Page<>(items, cursorOf(items.get(items.size() - 1)));
    }

    private static Bson assignee(CurrentAgent agent, ConversationQuery query) {
        String assignee = query.assignee();
        if (assignee == null) {
            return Filters.empty();
        }
        if (ConversationQuery.NONE.equals(assignee)) {
            return Filters.exists("assigneeId", false);
        }
        String agentId = ConversationQuery.ME.equals(assignee) ? agent.agentId() : assignee;
        if (!agent.isSupervisor() && !agentId.equals(agent.agentId())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "supervisor-only", "Supervisors only",
                    "Only a supervisor may list another agent's conversations.");
        }
        return Filters.eq("assigneeId", agentId);
    }

    private static void equal(List<Bson> filters, String field, @Nullable String value) {
        if (value != null) {
            filters.add(Filters.eq(field, value));
        }
    }

    private static String cursorOf(Conversation last) {
        return Cursors.encode(List.of(String.valueOf(last.priority().ordinal()),
                String.valueOf(last.state().waitingSince().toEpochMilli()), last.id()));
    }

    /** Everything after the cursor's item in {@link #ORDER}. */
    private static Bson after(String cursor) {
        List<String> key = Cursors.decode(cursor, 3);
        long rank = Cursors.number(key.get(0));
        Date since = new Date(Cursors.number(key.get(1)));
        return Filters.or(Filters.lt(RANK, rank),
                Filters.and(Filters.eq(RANK, rank), Filters.gt("waitingSince", since)),
                Filters.and(Filters.eq(RANK, rank), Filters.eq("waitingSince", since), Filters.gt("_id", key.get(2))));
    }
}
