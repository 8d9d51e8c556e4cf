package dev.switchboard.notify.push;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The team of each conversation that has one ({@code conversation_teams}, {@code _id} = conversation id), as routing's
 * inputs set it: conversation events do not carry the team, and a waiting conversation's events are for its team's
 * queue only. Shared by every instance, so each knows a team set before it started; no document means no team.
 */
@Component
public class ConversationTeams implements Audience.Teams {

    private final MongoCollection<Document> teams;

    ConversationTeams(MongoDatabase database) {
        this.teams = database.getCollection("conversation_teams");
    }

    /** The conversation's team from now on; {@code null} for none. Repeating it changes nothing. */
    public void assign(String workspaceId, String conversationId, @Nullable String team) {
        if (team == null) {
            teams.deleteOne(scoped(workspaceId, conversationId));
            return;
        }
        teams.updateOne(Filters.eq("_id", conversationId), Updates.combine(Updates.set("workspaceId", workspaceId),
                Updates.set("team", team)), new UpdateOptions().upsert(true));
    }

    @Override
    public @Nullable String teamOf(String workspaceId, String conversationId) {
        Document found = teams.find(scoped(workspaceId, conversationId)).first();
        return found == null ? null : found.getString("team");
    }

    private static Bson scoped(String workspaceId, String conversationId) {
        return Filters.and(Filters.eq("_id", conversationId), Filters.eq("workspaceId", workspaceId));
    }
}
