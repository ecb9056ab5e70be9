package pizzeria.call;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Where a call's record (its order, turns and outcome) is written, in one transaction. The session waits
 * for it before telling a caller their order is placed.
 */
public interface CallJournal {
    CompletionStage<Void> save(String tenantId, Map<String, Object> callRecord);
}
