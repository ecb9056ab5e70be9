package pizzeria.tenancy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import pizzeria.store.Database;
import pizzeria.store.NewestVersions;
import pizzeria.store.TenantStore;

/**
 * One start of the gateway, from {@link #begin} to {@link #end()}: the one place that knows a start is under
 * way. While it lasts, the files it loads go live at once, checked against every tenant's newest version read
 * when it began (an unchanged tenant is written nothing); their versions and their schemas wait for the end,
 * so as not to slow the loading (on two cores, writing 90 MB of new tenant files while parsing the rest
 * slowed a first start by a third). Ending it writes those versions and lets the schemas be made behind the
 * scenes.
 */
public final class StartUp {
    private final Onboarding onboarding;
    private final Database database;
    private final NewestVersions newest;
    /** The writes held until the end; null once it has ended. */
    private List<Runnable> held = new ArrayList<>();

    private StartUp(Onboarding onboarding, Database database, NewestVersions newest) {
        this.onboarding = onboarding;
        this.database = database;
        this.newest = newest;
    }

    /** Holds schema creation, then reads every tenant's newest version once; a start that cannot begin holds nothing. */
    public static Future<StartUp> begin(Onboarding onboarding, TenantStore tenants, Database database) {
        database.holdSchemas();
        return tenants.newestVersions().map(newest -> new StartUp(onboarding, database, newest))
                .onFailure(e -> database.startPreparingSchemas());
    }

    /** Brings a file of the folder live as part of this start; once the start has ended, as any file found later. */
    public Future<Onboarding.Outcome> onboard(String yaml) {
        return ended() ? onboarding.found(yaml) : onboarding.duringStart(this, yaml);
    }

    NewestVersions newest() {
        return newest;
    }

    /** Runs {@code write} once the start has ended (at once if it has); completes as the write does. */
    <T> Future<T> afterEnd(Supplier<Future<T>> write) {
        Promise<T> done = Promise.promise();
        synchronized (this) {
            if (held != null) {
                held.add(() -> write.get().onComplete(done));
                return done.future();
            }
        }
        return write.get();
    }

    /**
     * Every file of the start is loaded (or the loading failed): the held versions are written (the version
     * writer batches them) and the schemas made behind the scenes. Only the first call does anything.
     */
    public void end() {
        List<Runnable> writes;
        synchronized (this) {
            writes = held;
            held = null;
        }
        if (writes == null) return;
        writes.forEach(Runnable::run);
        database.startPreparingSchemas();
    }

    public synchronized boolean ended() {
        return held == null;
    }
}
