package org.fieldbook.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.fieldbook.analytics.AnalyticsService;
import org.fieldbook.service.AccountService;
import org.fieldbook.service.ActivityService;
import org.fieldbook.service.BoardService;
import org.fieldbook.service.BuyingRoleService;
import org.fieldbook.service.ContactService;
import org.fieldbook.service.CustomFieldService;
import org.fieldbook.service.LeadService;
import org.fieldbook.service.OpportunityService;
import org.fieldbook.service.PipelineService;
import org.fieldbook.service.ProfileService;
import org.fieldbook.service.StatsService;
import org.fieldbook.service.TimelineService;
import org.fieldbook.service.demo.DemoDataService;
import org.fieldbook.service.search.SearchService;
import org.fieldbook.store.Database;
import org.fieldbook.store.Store;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.team.TeamSync;

/** The wiring of one open data folder: the only place that calls {@code new} on services. */
public final class AppContext implements AutoCloseable {
    private final Path dataFolder;
    private final CompletableFuture<Database> database;
    private final Store store;
    private final ProfileService profile;
    private final AccountService accounts;
    private final ContactService contacts;
    private final OpportunityService opportunities;
    private final PipelineService pipelines;
    private final BoardService board;
    private final StatsService stats;
    private final SyncEngine sync;
    private final TeamSync teamSync;
    private final DemoDataService demoData;
    private final AnalyticsService analytics;
    private final ActivityService activities;
    private final LeadService leads;
    private final BuyingRoleService buyingRoles;
    private final TimelineService timeline;
    private final CustomFieldService customFields;
    private final org.fieldbook.exchange.ImportService imports;
    private final org.fieldbook.service.ProductService products;
    private final org.fieldbook.service.PaymentService payments;
    private final org.fieldbook.service.ApprovalService approvals;
    private final SearchService search;
    private final org.fieldbook.service.CompanyService company;
    private final org.fieldbook.service.QuoteService quotes;
    private final org.fieldbook.service.AssignmentRuleService assignmentRules;
    private final org.fieldbook.service.EncryptionService encryption;

    private AppContext(Path dataFolder, CompletableFuture<Database> database, Store store) {
        this.dataFolder = dataFolder;
        this.database = database;
        this.store = store;
        this.profile = new ProfileService(store);
        this.accounts = new AccountService(store);
        this.contacts = new ContactService(store);
        this.opportunities = new OpportunityService(store);
        this.pipelines = new PipelineService(store);
        this.board = new BoardService(store);
        this.stats = new StatsService(store);
        this.sync = new SyncEngine(store);
        this.teamSync = new TeamSync(store, sync, this::deviceName);
        this.demoData = new DemoDataService(store);
        this.analytics = new AnalyticsService(store, java.time.Clock.systemDefaultZone());
        this.activities = new ActivityService(store);
        this.leads = new LeadService(store);
        this.buyingRoles = new BuyingRoleService(store);
        this.timeline = new TimelineService(store, java.time.ZoneId.systemDefault());
        this.customFields = new CustomFieldService(store);
        this.imports = new org.fieldbook.exchange.ImportService(store, java.time.ZoneId.systemDefault());
        this.products = new org.fieldbook.service.ProductService(store);
        this.payments = new org.fieldbook.service.PaymentService(store);
        this.approvals = new org.fieldbook.service.ApprovalService(store);
        this.search = new SearchService(store);
        this.company = new org.fieldbook.service.CompanyService(store);
        // a quote waits while a rule (a discount or an amount above its limit) waits for a manager's decision
        this.quotes = new org.fieldbook.service.QuoteService(store, approvals::quoteRefusal,
                java.time.ZoneId.systemDefault());
        this.assignmentRules = new org.fieldbook.service.AssignmentRuleService(store);
        this.encryption = new org.fieldbook.service.EncryptionService(database::join,
                () -> teamSync.status().state() == org.fieldbook.sync.SyncStatus.State.SYNCING);
    }

    /** Opens the data folder; throws a {@link org.fieldbook.store.StoreException} the user can read. */
    public static AppContext open(Path dataFolder) {
        return open(dataFolder, null);
    }

    /** Opens a data folder that may be encrypted; {@code passphrase} is not kept (null: not encrypted). */
    public static AppContext open(Path dataFolder, char[] passphrase) {
        Database database = Database.open(dataFolder, passphrase);
        return new AppContext(database.folder(), CompletableFuture.completedFuture(database), database.store());
    }

    /**
     * The wiring of a data folder another thread is opening: services can be handed out at once, and their
     * queries wait for the database. Call {@link #awaitOpen()} before relying on it.
     */
    static AppContext whenOpen(Path dataFolder, CompletableFuture<Database> opening) {
        return new AppContext(dataFolder, opening, Database.storeWhenOpen(opening));
    }

    /** Waits for the database; throws what opening it threw (a {@code StoreException} the user can read). */
    public void awaitOpen() {
        try {
            database.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Runs, once, the queries every first screen starts with (pipelines, the profile), ignoring failures: the
     * window reports an unusable data folder itself. Called off the FX thread while the window is built.
     */
    void primeFirstQueries() {
        try {
            awaitOpen();
            pipelines.pipelinesWithStages();
            profile.profile();
        } catch (RuntimeException ignored) {
            // the window's own first read meets the same failure and says what it is
        }
    }

    /** The daily backup into the data folder's backups/, if one is due; a failure is logged, never shown. */
    void backupIfDue() {
        try {
            awaitOpen();
            org.fieldbook.store.DatabaseBackups.backupIfDue(store, dataFolder);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AppContext.class).warn("daily backup failed", e);
        }
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Store store() {
        return store;
    }

    public ProfileService profile() {
        return profile;
    }

    public AccountService accounts() {
        return accounts;
    }

    public ContactService contacts() {
        return contacts;
    }

    public OpportunityService opportunities() {
        return opportunities;
    }

    public PipelineService pipelines() {
        return pipelines;
    }

    public BoardService board() {
        return board;
    }

    public StatsService stats() {
        return stats;
    }

    public DemoDataService demoData() {
        return demoData;
    }

    /** The dashboard's and the report's figures. */
    public AnalyticsService analytics() {
        return analytics;
    }

    public ActivityService activities() {
        return activities;
    }

    public LeadService leads() {
        return leads;
    }

    public BuyingRoleService buyingRoles() {
        return buyingRoles;
    }

    public TimelineService timeline() {
        return timeline;
    }

    public CustomFieldService customFields() {
        return customFields;
    }

    public org.fieldbook.exchange.ImportService imports() {
        return imports;
    }

    public org.fieldbook.service.ProductService products() {
        return products;
    }

    public org.fieldbook.service.PaymentService payments() {
        return payments;
    }

    /** The company details quotes are issued under. */
    public org.fieldbook.service.CompanyService company() {
        return company;
    }

    public org.fieldbook.service.QuoteService quotes() {
        return quotes;
    }

    /** The team's lead assignment rules (Edit › Lead assignment…). */
    public org.fieldbook.service.AssignmentRuleService assignmentRules() {
        return assignmentRules;
    }

    public org.fieldbook.service.ApprovalService approvals() {
        return approvals;
    }

    /** Encryption of the local database: on, off, a new passphrase. */
    public org.fieldbook.service.EncryptionService encryption() {
        return encryption;
    }

    /** The global search (Ctrl+K). */
    public SearchService search() {
        return search;
    }

    /** The sync engine of this data folder; transports drive it. */
    public SyncEngine sync() {
        return sync;
    }

    /** Sync with the team folder: by itself once started, and on demand. */
    public TeamSync teamSync() {
        return teamSync;
    }

    /** How teammates see this computer in the team folder. */
    public String deviceName() {
        return profile.profile().map(p -> p.me().name() + " — " + hostName()).orElse(hostName());
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "this computer";
        }
    }

    @Override
    public void close() {
        teamSync.close();
        database.thenAccept(Database::close).exceptionally(failure -> null).join();
    }
}
