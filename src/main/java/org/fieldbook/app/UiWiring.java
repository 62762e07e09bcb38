package org.fieldbook.app;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.fieldbook.ui.accounts.AccountFormView;
import org.fieldbook.ui.accounts.AccountFormViewModel;
import org.fieldbook.ui.accounts.AccountsView;
import org.fieldbook.ui.accounts.AccountsViewModel;
import org.fieldbook.ui.activities.ActivityFormView;
import org.fieldbook.ui.activities.ActivityFormViewModel;
import org.fieldbook.ui.activities.AgendaView;
import org.fieldbook.ui.activities.AgendaViewModel;
import org.fieldbook.ui.activities.DueNotifier;
import org.fieldbook.ui.board.BoardPreferences;
import org.fieldbook.ui.board.BoardView;
import org.fieldbook.ui.board.BoardViewModel;
import org.fieldbook.ui.board.PipelinesViewModel;
import org.fieldbook.ui.common.ActivityContext;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.FollowUp;
import org.fieldbook.ui.common.FormDialog;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.OpportunityEditor;
import org.fieldbook.ui.common.Section;
import org.fieldbook.ui.common.SectionView;
import org.fieldbook.ui.common.SyncFeed;
import org.fieldbook.ui.common.SyncStatusText;
import org.fieldbook.ui.common.UndoStack;
import org.fieldbook.ui.common.ViewLoader;
import org.fieldbook.ui.contacts.ContactFormView;
import org.fieldbook.ui.dashboard.DashboardView;
import org.fieldbook.ui.dashboard.DashboardViewModel;
import org.fieldbook.ui.contacts.ContactFormViewModel;
import org.fieldbook.ui.contacts.ContactsView;
import org.fieldbook.ui.contacts.ContactsViewModel;
import org.fieldbook.ui.firstrun.FirstRunView;
import org.fieldbook.ui.firstrun.FirstRunViewModel;
import org.fieldbook.ui.history.HistoryView;
import org.fieldbook.ui.history.HistoryViewModel;
import org.fieldbook.ui.leads.ChannelsViewModel;
import org.fieldbook.ui.leads.ConvertLeadView;
import org.fieldbook.ui.leads.ConvertLeadViewModel;
import org.fieldbook.ui.leads.LeadFormView;
import org.fieldbook.ui.leads.LeadFormViewModel;
import org.fieldbook.ui.leads.LeadsView;
import org.fieldbook.ui.leads.LeadsViewModel;
import org.fieldbook.ui.roles.RolesView;
import org.fieldbook.ui.roles.RolesViewModel;
import org.fieldbook.ui.opportunities.OpportunitiesView;
import org.fieldbook.ui.opportunities.OpportunitiesViewModel;
import org.fieldbook.ui.opportunities.OpportunityFormView;
import org.fieldbook.ui.opportunities.OpportunityFormViewModel;
import org.fieldbook.ui.search.SearchPalette;
import org.fieldbook.ui.search.SearchPaletteViewModel;
import org.fieldbook.ui.settings.CustomFieldsDialog;
import org.fieldbook.ui.settings.CustomFieldsViewModel;
import org.fieldbook.ui.shell.MainWindow;
import org.fieldbook.ui.shell.MainWindowViewModel;
import org.fieldbook.ui.shell.SyncIndicator;
import org.fieldbook.ui.shell.WindowPreferences;
import org.fieldbook.ui.shell.MenuDialog;
import org.fieldbook.ui.sync.ReferenceNames;
import org.fieldbook.ui.sync.ServerFormViewModel;
import org.fieldbook.ui.sync.SyncView;
import org.fieldbook.ui.sync.SyncViewModel;

/**
 * The window's wiring: the controller factory map the {@link ViewLoader} builds views from, each controller
 * made by constructor with its view model and the services of the open {@link AppContext}.
 */
final class UiWiring {
    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();
    private final ViewLoader loader;
    private final MainWindowViewModel shell;
    private final DueNotifier dueNotifier;
    private final org.fieldbook.report.QuoteExport quoteExport = new org.fieldbook.report.QuoteExport();
    /** Shows a file (a quote's PDF) in the system's viewer; the application hands over its host services. */
    private java.util.function.Consumer<String> documents = uri -> { };

    UiWiring(AppContext context, Messages messages, BackgroundRunner runner, ErrorReporter errors,
             WindowPreferences preferences, String version, Runnable quit) {
        Formats formats = new Formats(messages.locale());
        DataRevision revision = new DataRevision();
        UndoStack undo = new UndoStack(runner, errors, revision);
        Clock clock = Clock.systemDefaultZone();
        loader = new ViewLoader(messages, controllers);
        shell = new MainWindowViewModel(preferences, context.demoData()::load, runner, errors, messages, formats, revision,
                Platform::runLater);
        controllers.put(ActivityFormView.class, () -> new ActivityFormView(new ActivityFormViewModel(
                context.activities(), context.accounts(), context.profile(), runner, errors, messages, undo, revision,
                shell, clock), messages));
        FollowUp followUp = new FollowUp() {
            @Override
            public void logActivity(javafx.stage.Window owner, ActivityContext about, Runnable saved) {
                ActivityFormView form = loader.load(ActivityFormView.class).controller();
                form.onSaved(logged -> saved.run());
                form.startNew(about);
                FormDialog.show(owner, messages, form).getDialogPane().setId("activityDialog");
            }

            @Override
            public void openActivity(javafx.stage.Window owner, java.util.UUID id, Runnable saved) {
                ActivityFormView form = loader.load(ActivityFormView.class).controller();
                form.onSaved(logged -> saved.run());
                form.startEdit(id);
                FormDialog.show(owner, messages, form).getDialogPane().setId("activityDialog");
            }

            @Override
            public void showHistory(javafx.stage.Window owner, Subject subject, java.util.UUID id, String name) {
                new HistoryView(new HistoryViewModel(context.timeline(), runner, errors), messages, formats,
                        new org.fieldbook.ui.history.QuotesViewModel(context.quotes(), quoteExport, runner, errors,
                                messages, file -> documents.accept(file.toUri().toString())))
                        .show(owner, subject, id, name);
            }

            @Override
            public void editPayments(javafx.stage.Window owner, java.util.UUID opportunityId, Runnable changed) {
                runner.run(() -> context.opportunities().edit(opportunityId).original(), deal ->
                        new org.fieldbook.ui.opportunities.PaymentsDialog(new org.fieldbook.ui.opportunities
                                .PaymentsViewModel(context.payments(), runner, errors, messages, formats, revision,
                                clock), messages).show(owner, opportunityId, deal.title(), deal.amount().currency(),
                                changed), errors::report);
            }

            @Override
            public void editBuyingRoles(javafx.stage.Window owner, java.util.UUID opportunityId, Runnable changed) {
                new RolesView(new RolesViewModel(context.buyingRoles(), runner, errors, revision), messages)
                        .show(owner, opportunityId, changed);
            }
        };
        controllers.put(AccountsView.class, () -> {
            AccountsViewModel list = new AccountsViewModel(context.accounts(), context.timeline(),
                    context.buyingRoles(), runner, errors, messages, undo, revision, shell);
            list.withCustomFields(() -> context.customFields().fields("account"), row -> row.account().customFields());
            return new AccountsView(list, loader, formats, shell, followUp);
        });
        controllers.put(ContactsView.class, () -> {
            ContactsViewModel list = new ContactsViewModel(context.contacts(), runner, errors, messages, undo,
                    revision, shell);
            list.withCustomFields(() -> context.customFields().fields("contact"), row -> row.contact().customFields());
            return new ContactsView(list, loader, followUp);
        });
        controllers.put(OpportunitiesView.class, () -> {
            OpportunitiesViewModel list = new OpportunitiesViewModel(context.opportunities(), runner, errors,
                    messages, undo, revision, shell);
            list.withCustomFields(() -> context.customFields().fields("opportunity"),
                    row -> row.opportunity().customFields());
            return new OpportunitiesView(list, loader, formats, followUp);
        });
        controllers.put(AgendaView.class, () -> new AgendaView(new AgendaViewModel(context.activities(),
                context.profile(), runner, errors, messages, revision, clock).withPayments(context.payments()),
                messages, formats, followUp));
        controllers.put(LeadsView.class, () -> {
            LeadsViewModel list = new LeadsViewModel(context.leads(), runner, errors, messages, undo, revision, shell);
            list.withCustomFields(() -> context.customFields().fields("lead"), row -> row.lead().customFields());
            return new LeadsView(list, loader, formats, shell, followUp,
                    () -> new ChannelsViewModel(context.leads(), runner, errors, messages, revision));
        });
        controllers.put(LeadFormView.class, () -> new LeadFormView(new LeadFormViewModel(context.leads(),
                context.pipelines(), context.profile(), runner, errors, messages, undo, revision, shell,
                context.customFields(), formats), messages));
        controllers.put(ConvertLeadView.class, () -> new ConvertLeadView(new ConvertLeadViewModel(context.leads(),
                context.pipelines(), context.profile(), runner, errors, messages, formats, revision, shell, clock),
                messages));
        dueNotifier = new DueNotifier(context.activities(), runner, errors, clock, messages, formats, followUp);

        controllers.put(AccountFormView.class, () -> new AccountFormView(new AccountFormViewModel(context.accounts(),
                context.pipelines(), context.profile(), runner, errors, messages, formats, undo, revision, shell,
                context.customFields()), messages));
        controllers.put(ContactFormView.class, () -> new ContactFormView(new ContactFormViewModel(context.contacts(),
                context.accounts(), runner, errors, messages, undo, revision, shell, context.customFields(),
                null), messages));
        controllers.put(OpportunityFormView.class, () -> new OpportunityFormView(new OpportunityFormViewModel(
                context.opportunities(), context.accounts(), context.pipelines(), context.profile(), runner, errors,
                messages, formats, undo, revision, shell, clock, context.customFields(), context.products()),
                messages).withApprovals(new org.fieldbook.ui.opportunities.DealApprovalsViewModel(context.approvals(),
                runner, errors, messages, formats, revision)));
        OpportunityEditor opportunityEditor = new OpportunityEditor() {
            @Override
            public void edit(javafx.stage.Window owner, java.util.UUID id, Runnable saved) {
                OpportunityFormView form = loader.load(OpportunityFormView.class).controller();
                form.onSaved(opportunity -> saved.run());
                form.startEdit(id);
                FormDialog.show(owner, messages, form);
            }

            @Override
            public void create(javafx.stage.Window owner, Runnable saved) {
                OpportunityFormView form = loader.load(OpportunityFormView.class).controller();
                form.onSaved(opportunity -> saved.run());
                form.startNew(null);
                FormDialog.show(owner, messages, form);
            }
        };
        controllers.put(BoardView.class, () -> new BoardView(new BoardViewModel(context.board(), context.pipelines(),
                context.profile(), BoardPreferences.load(context.dataFolder()), runner, errors, messages, formats,
                undo, revision, shell, clock), messages, formats, opportunityEditor,
                () -> new PipelinesViewModel(context.pipelines(), runner, errors, messages), followUp));
        SyncFeed syncFeed = new SyncFeed(Platform::runLater);
        context.teamSync().addListener(syncFeed);
        SyncStatusText syncText = new SyncStatusText(messages, formats, clock);
        // syncSoon waits while an exchange runs, so it is asked for off the FX thread
        SyncIndicator syncIndicator = new SyncIndicator(syncFeed, syncText, revision, shell, shell, messages,
                () -> runner.run(() -> {
                    context.teamSync().syncSoon(Duration.ZERO);
                    return null;
                }, done -> { }, errors::report));
        controllers.put(SyncView.class, () -> new SyncView(new SyncViewModel(context.teamSync(), context.sync(),
                context::deviceName, new ReferenceNames(context.pipelines(), context.accounts(), context.contacts(),
                context.opportunities(), messages), syncFeed, runner, errors, messages, formats, syncText, revision,
                shell), new ServerFormViewModel(context.teamSync(), syncFeed, runner, errors, messages, shell), messages));
        controllers.put(DashboardView.class, () -> new DashboardView(new DashboardViewModel(context.analytics(), runner,
                errors, messages, revision, clock), messages, formats, opportunityEditor));
        controllers.put(FirstRunView.class, () -> new FirstRunView(new FirstRunViewModel(context.profile(), runner,
                errors, messages.locale()), messages));

        // made at once, not with its screen: the badge and the decisions' notifications follow from the start
        var approvals = new org.fieldbook.ui.approvals.ApprovalsViewModel(context.approvals(), runner, errors,
                messages, formats, revision, shell);
        approvals.watch(new org.fieldbook.ui.approvals.DecisionNotifier(messages, shell,
                () -> shell.show(Section.APPROVALS)));

        Map<Section, Supplier<SectionView>> sections = new EnumMap<>(Section.class);
        sections.put(Section.BOARD, () -> loader.load(BoardView.class).controller());
        sections.put(Section.ACCOUNTS, () -> loader.load(AccountsView.class).controller());
        sections.put(Section.CONTACTS, () -> loader.load(ContactsView.class).controller());
        sections.put(Section.OPPORTUNITIES, () -> loader.load(OpportunitiesView.class).controller());
        sections.put(Section.SYNC, () -> loader.load(SyncView.class).controller());
        sections.put(Section.AGENDA, () -> loader.load(AgendaView.class).controller());
        sections.put(Section.DASHBOARD, () -> loader.load(DashboardView.class).controller());
        sections.put(Section.LEADS, () -> loader.load(LeadsView.class).controller());
        sections.put(Section.APPROVALS, () -> new org.fieldbook.ui.approvals.ApprovalsView(approvals, messages,
                opportunityEditor));
        controllers.put(MainWindow.class, () -> {
            MainWindow window = new MainWindow(shell, sections, undo, messages, context.dataFolder(), version, quit,
                    syncIndicator);
            window.onGlobalSearch(new java.util.function.Consumer<>() {
                private SearchPalette palette;

                @Override
                public void accept(javafx.stage.Window owner) {
                    if (palette == null) {
                        palette = new SearchPalette(new SearchPaletteViewModel(
                                query -> context.search().search(query, SearchPaletteViewModel.PER_KIND), runner, errors, messages, shell),
                                messages, owner);
                    }
                    palette.show();
                }
            });
            window.onBundledLibraries(() -> BundledLibraries.list().stream().map(library -> new String[] {
                library.name(), library.version(), library.licence() == null ? "" : library.licence()}).toList());
            window.onMenu(MenuDialog.CUSTOM_FIELDS, (owner, closed) -> new CustomFieldsDialog(
                    new CustomFieldsViewModel(context.customFields(), runner, errors, messages, revision), messages)
                    .show(owner, closed));
            window.onMenu(MenuDialog.IMPORT, (owner, closed) -> new org.fieldbook.ui.exchange.ImportWizard(
                    new org.fieldbook.ui.exchange.ImportWizardViewModel(context.imports(),
                            new org.fieldbook.exchange.SavedMappings(context.dataFolder().resolve("import-mappings")),
                            type -> org.fieldbook.domain.CustomFieldDefinition.ENTITIES.contains(type.entity())
                                    ? context.customFields().fields(type.entity()).stream().collect(
                                    java.util.stream.Collectors.toMap(f -> f.key(), f -> f.label(), (a, b) -> a,
                                            java.util.LinkedHashMap::new)) : java.util.Map.of(),
                            () -> context.profile().profile().map(p -> p.defaultCurrency()).orElse("USD"),
                            runner, messages, errors, revision, Platform::runLater),
                    messages, java.nio.file.Path.of(System.getProperty("user.home"))).show(owner, closed));
            window.onMenu(MenuDialog.UNDO_IMPORT, (owner, undone) -> org.fieldbook.ui.exchange.UndoLastImport.ask(owner,
                            new org.fieldbook.ui.exchange.LastImportViewModel(context.imports(), runner, messages,
                                    formats, errors, revision), messages, shell::announce, undone));
            window.onMenu(MenuDialog.COMPANY, (owner, closed) -> new org.fieldbook.ui.settings.CompanyDialog(
                    new org.fieldbook.ui.settings.CompanyViewModel(context.company(), runner, errors, messages),
                    messages).show(owner));
            window.onMenu(MenuDialog.PRODUCTS, (owner, closed) -> new org.fieldbook.ui.settings.ProductsDialog(
                    new org.fieldbook.ui.settings.ProductsViewModel(context.products(), runner, errors, messages,
                            formats, revision), messages).show(owner, closed));
            window.onMenu(MenuDialog.ASSIGNMENT_RULES, (owner, closed) ->
                    new org.fieldbook.ui.settings.AssignmentRulesDialog(
                    new org.fieldbook.ui.settings.AssignmentRulesViewModel(context.assignmentRules(),
                            context.pipelines(), context.leads(), runner, errors, messages, revision), messages)
                    .show(owner, closed));
            window.onMenu(MenuDialog.APPROVAL_SETTINGS, (owner, closed) ->
                    new org.fieldbook.ui.settings.ApprovalSettingsDialog(
                    new org.fieldbook.ui.settings.ApprovalSettingsViewModel(context.approvals(), context.pipelines(),
                            runner, errors, messages, formats, revision), messages).show(owner, closed));
            window.badge(Section.APPROVALS, approvals.waitingProperty());
            window.onMenu(MenuDialog.SECURITY, (owner, changed) -> new org.fieldbook.ui.security.SecurityDialog(
                    new org.fieldbook.ui.security.SecurityViewModel(context.encryption(), runner, errors, messages,
                            Platform::runLater), messages).show(owner, changed));
            return window;
        });
    }

    /** How files are shown in the system's viewer (HostServices.showDocument in the window). */
    void openDocumentsWith(java.util.function.Consumer<String> viewer) {
        this.documents = viewer;
    }

    /** Notifications of activities falling due, from now on while the window is open. */
    DueNotifier dueNotifier() {
        return dueNotifier;
    }

    ViewLoader loader() {
        return loader;
    }

    MainWindowViewModel shell() {
        return shell;
    }
}
