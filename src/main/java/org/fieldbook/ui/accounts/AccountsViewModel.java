package org.fieldbook.ui.accounts;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.fieldbook.domain.AccountSummary;
import org.fieldbook.domain.DecisionChain;
import org.fieldbook.domain.Timeline;
import org.fieldbook.service.AccountService;
import org.fieldbook.service.BuyingRoleService;
import org.fieldbook.service.TimelineService;
import org.fieldbook.service.AccountService.AccountDetail;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.RecordListViewModel;
import org.fieldbook.ui.common.UndoStack;

/** The accounts screen: every account, the ones matching the search, and the selected one's detail. */
public final class AccountsViewModel extends RecordListViewModel<AccountSummary> {
    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final ObjectProperty<AccountSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<AccountDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FollowUpDetail> followUp = new ReadOnlyObjectWrapper<>();
    private final TimelineService timelines;
    private final BuyingRoleService roles;

    /** The follow-up half of the detail pane: the account's history and decision chain. */
    public record FollowUpDetail(UUID accountId, Timeline timeline, DecisionChain chain) {
    }

    public AccountsViewModel(AccountService accounts, BackgroundRunner runner, ErrorReporter errors,
                             Messages messages, UndoStack undo, DataRevision revision, Announcer announcer) {
        this(accounts, null, null, runner, errors, messages, undo, revision, announcer);
    }

    /** With the account's history and decision chain in its detail (either service may be null: not shown). */
    public AccountsViewModel(AccountService accounts, TimelineService timelines, BuyingRoleService roles,
                             BackgroundRunner runner, ErrorReporter errors, Messages messages, UndoStack undo,
                             DataRevision revision, Announcer announcer) {
        super(runner, errors, messages, undo, revision, announcer, new Wording("accounts.summary",
                "accounts.summaryFiltered", "undo.deleteAccount", "status.deletedAccount"));
        this.accounts = accounts;
        this.runner = runner;
        this.timelines = timelines;
        this.roles = roles;
        selected.addListener((obs, old, row) -> readDetail(row));
    }

    @Override
    protected List<AccountSummary> read() {
        return accounts.list();
    }

    @Override
    protected UUID idOf(AccountSummary row) {
        return row.account().id();
    }

    @Override
    protected String nameOf(AccountSummary row) {
        return row.account().name();
    }

    @Override
    protected String[] searchedText(AccountSummary row) {
        var account = row.account();
        return new String[] {account.name(), account.industry(), account.region(), row.ownerName(),
            account.phone(), account.website()};
    }

    @Override
    protected void moveToTrash(UUID id) {
        accounts.delete(id, accounts.edit(id).versions());
    }

    @Override
    protected void restore(UUID id) {
        accounts.restore(id);
    }

    @Override
    protected void rowsRead() {
        AccountSummary current = selected.get();
        if (current != null) {
            readDetail(current);
        }
    }

    private void readDetail(AccountSummary row) {
        if (row == null) {
            detail.set(null);
            followUp.set(null);
            return;
        }
        UUID id = row.account().id();
        runner.run(() -> accounts.detail(id), found -> {
            AccountSummary now = selected.get();
            if (now != null && now.account().id().equals(id)) { // the user may have moved on meanwhile
                detail.set(found);
            }
        }, failure -> detail.set(null));
        if (timelines != null && roles != null) {
            runner.run(() -> new FollowUpDetail(id, timelines.ofAccount(id), roles.decisionChain(id)), found -> {
                AccountSummary now = selected.get();
                if (now != null && now.account().id().equals(id)) {
                    followUp.set(found);
                }
            }, failure -> followUp.set(null));
        }
    }

    /** The selected account's history and decision chain, read beside its detail. */
    public ReadOnlyObjectProperty<FollowUpDetail> followUpProperty() {
        return followUp.getReadOnlyProperty();
    }

    /** Reads the selected account's detail again (after an activity was logged from it). */
    public void readSelectedAgain() {
        readDetail(selected.get());
    }

    public ObjectProperty<AccountSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<AccountDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
