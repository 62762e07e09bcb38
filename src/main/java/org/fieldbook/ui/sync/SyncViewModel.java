package org.fieldbook.ui.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.fieldbook.sync.Conflict;
import org.fieldbook.sync.SyncEngine;
import org.fieldbook.sync.SyncEngine.PeerDevice;
import org.fieldbook.sync.SyncStatus;
import org.fieldbook.sync.team.TeamSync;
import org.fieldbook.ui.common.Announcer;
import org.fieldbook.ui.common.BackgroundRunner;
import org.fieldbook.ui.common.DataRevision;
import org.fieldbook.ui.common.ErrorReporter;
import org.fieldbook.ui.common.Formats;
import org.fieldbook.ui.common.Messages;
import org.fieldbook.ui.common.SyncFeed;
import org.fieldbook.ui.common.SyncStatusText;

/**
 * The Sync screen: the team folder and its passphrase, this device and its peers, the sync's state, and the
 * conflicts to review. Every database read and every call into the sync runs through the {@link
 * BackgroundRunner}; exchanges themselves run on the sync's own thread.
 */
public final class SyncViewModel {
    private final TeamSync teamSync;
    private final SyncEngine engine;
    private final Supplier<String> deviceName;
    private final ReferenceNames references;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Formats formats;
    private final SyncStatusText statusText;
    private final ConflictText text;
    private final DataRevision revision;
    private final Announcer announcer;

    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper hasFolder = new ReadOnlyBooleanWrapper();
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final ReadOnlyBooleanWrapper passphraseGiven = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper needsPassphrase = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper passphraseHint = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper hasProblem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper thisDevice = new ReadOnlyStringWrapper("");
    private final ObservableList<PeerRow> peers = FXCollections.observableArrayList();
    private final ObservableList<ConflictItem> conflicts = FXCollections.observableArrayList();
    private final FilteredList<ConflictItem> shownConflicts = new FilteredList<>(conflicts, item -> true);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper resolving = new ReadOnlyBooleanWrapper();
    private List<Conflict> listed = List.of();

    /** A device of the team as the devices table shows it. */
    public record PeerRow(String name, String lastChange, String appliedAt) {
    }

    /** What one read of the database gives the screen. */
    private record Reading(Optional<Path> folder, UUID me, String myName, long lastOwnSeq, List<PeerDevice> peers,
                           List<Conflict> conflicts, References references) {
    }

    public SyncViewModel(TeamSync teamSync, SyncEngine engine, Supplier<String> deviceName,
                         ReferenceNames references, SyncFeed feed, BackgroundRunner runner, ErrorReporter errors,
                         Messages messages, Formats formats, SyncStatusText statusText, DataRevision revision,
                         Announcer announcer) {
        this.teamSync = teamSync;
        this.engine = engine;
        this.deviceName = deviceName;
        this.references = references;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.formats = formats;
        this.statusText = statusText;
        this.text = new ConflictText(messages, formats);
        this.revision = revision;
        this.announcer = announcer;
        filter.addListener((obs, old, needle) -> applyFilter(needle));
        folder.set(messages.get("sync.folder.none"));
        feed.statusProperty().addListener((obs, old, newStatus) -> statusChanged(newStatus));
        statusChanged(feed.statusProperty().get());
        updateSummary();
    }

    private void statusChanged(SyncStatus newStatus) {
        state.set(statusText.line(newStatus));
        syncing.set(newStatus.state() == SyncStatus.State.SYNCING);
        lastSync.set(newStatus.lastSyncedAt() == null ? messages.get("sync.never")
                : formats.dateTime(newStatus.lastSyncedAt()));
        pending.set(messages.get("sync.pending.value", newStatus.pending()));
        waiting.set(messages.get("sync.waiting.value", newStatus.waiting()));
        if (newStatus.state() != SyncStatus.State.SYNCING) {
            // every try with a wrong passphrase passes through "syncing": the request stays on screen meanwhile
            needsPassphrase.set(newStatus.state() == SyncStatus.State.NEEDS_PASSPHRASE);
        }
        updatePassphraseHint();
        String trouble = problemText(newStatus);
        problem.set(trouble == null ? messages.get("sync.problem.none") : trouble);
        hasProblem.set(trouble != null);
        if (loaded.get() && newStatus.state() == SyncStatus.State.SYNCED) {
            reload(); // peers moved on; conflicts may have come or gone
        }
    }

    private String problemText(SyncStatus current) {
        if (current.problemKind() != null && current.state() != SyncStatus.State.SYNCED) {
            String detail = current.problem() == null ? "" : current.problem();
            String known = "OTHER".equals(current.problemKind()) ? null
                    : messages.find("sync.server.problem." + current.problemKind());
            String sentence = known != null ? known : messages.get("sync.server.problem.OTHER", detail);
            return current.state() == SyncStatus.State.OFFLINE
                    ? messages.get("sync.server.offline", sentence) : sentence;
        }
        return switch (current.state()) {
            case NEEDS_PASSWORD -> messages.get("sync.server.password.needed");
            case NEEDS_PASSPHRASE -> messages.get(passphraseGiven.get() ? "sync.passphrase.wrong"
                    : "sync.passphrase.needed");
            case OFFLINE -> messages.get("sync.problem.offline");
            case FAILED -> messages.get("sync.problem.failed",
                    current.problem() == null ? "" : current.problem());
            default -> current.problem();
        };
    }

    private void updatePassphraseHint() {
        if (needsPassphrase.get()) {
            passphraseHint.set(messages.get(passphraseGiven.get() ? "sync.passphrase.wrong"
                    : "sync.passphrase.needed"));
        } else {
            passphraseHint.set(messages.get(passphraseGiven.get() ? "sync.passphrase.held"
                    : "sync.passphrase.hint"));
        }
    }

    /** Reads what the screen shows every time it is shown: sync state changes without the window knowing. */
    public void shown() {
        reload();
    }

    public void reload() {
        runner.run(this::read, this::show, errors::report);
    }

    private Reading read() {
        List<Conflict> open = engine.conflicts();
        return new Reading(teamSync.folder(), engine.deviceId(), deviceName.get(), engine.lastOwnSeq(),
                engine.peers(), open, references.of(open));
    }

    private void show(Reading reading) {
        hasFolder.set(reading.folder().isPresent());
        folder.set(reading.folder().map(Path::toString).orElse(messages.get("sync.folder.none")));
        thisDevice.set(messages.get("sync.devices.thisDeviceValue", reading.myName(),
                ConflictText.shortId(reading.me()), reading.lastOwnSeq()));
        peers.setAll(reading.peers().stream().map(peer -> new PeerRow(text.deviceName(peer.name(), peer.deviceId()),
                messages.get("sync.devices.lastChange", peer.appliedSeq()),
                peer.lastAppliedAt() == null ? "" : statusText.when(peer.lastAppliedAt()))).toList());
        if (!reading.conflicts().equals(listed)) {
            listed = reading.conflicts();
            conflicts.setAll(reading.conflicts().stream()
                    .map(conflict -> text.item(conflict, reading.me(), reading.references())).toList());
        }
        updateSummary();
        loaded.set(true);
    }

    /** Uses {@code chosen} as the team folder, with the passphrase typed so far (if any), and syncs with it. */
    public void chooseFolder(Path chosen) {
        char[] secret = typedPassphrase();
        runner.run(() -> {
            teamSync.useFolder(chosen, secret);
            return teamSync.folder();
        }, now -> {
            passphraseGiven.set(secret != null); // a folder chosen without one syncs unencrypted
            forget(secret);
            updatePassphraseHint();
            announcer.announce(messages.get("sync.folder.chosen", now.map(Path::toString).orElse("")));
            reload();
        }, failure -> {
            forget(secret);
            errors.report(failure);
        });
    }

    /** Gives the typed passphrase to the sync for this session and syncs with it. */
    public void unlock() {
        char[] secret = typedPassphrase();
        if (secret == null) {
            return;
        }
        runner.run(() -> {
            teamSync.unlock(secret);
            return null;
        }, done -> forget(secret), failure -> {
            forget(secret);
            errors.report(failure);
        });
    }

    private char[] typedPassphrase() {
        String typed = passphrase.get();
        return typed == null || typed.isEmpty() ? null : typed.toCharArray();
    }

    /** The sync holds its own copy; the field is emptied and this copy wiped. */
    private void forget(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
            passphrase.set("");
            passphraseGiven.set(true);
            updatePassphraseHint();
            if (needsPassphrase.get()) {
                passphraseHint.set(messages.get("sync.passphrase.checking")); // until the sync's next word
            }
        }
    }

    /** Exchanges with the team folder now, on the sync's thread. */
    public void syncNow() {
        runner.run(() -> {
            teamSync.syncSoon(Duration.ZERO);
            return null;
        }, done -> { }, errors::report);
    }

    /** Keeps one side of a field's conflict; the choice is a change that syncs to the team. */
    public void keep(ConflictItem item, ConflictItem.Side side) {
        resolve(() -> engine.keep(item.conflict(), side.value()), messages.get("sync.kept", side.text(),
                text.field(item.conflict().entity(), item.conflict().field()), label(item)));
    }

    /** Settles a record deleted while edited: keep it deleted, or bring it back with the edit. */
    public void settleDeleted(ConflictItem item, boolean keepDeleted) {
        resolve(() -> engine.settleDeleted(item.conflict(), keepDeleted),
                messages.get(keepDeleted ? "sync.keptDeleted" : "sync.restored", label(item)));
    }

    private String label(ConflictItem item) {
        String label = item.conflict().label();
        return label == null ? text.entity(item.conflict().entity()) : label;
    }

    private void resolve(Runnable choice, String done) {
        if (resolving.get()) {
            return;
        }
        resolving.set(true);
        runner.run(() -> {
            choice.run();
            teamSync.syncSoon(Duration.ZERO);
            return null;
        }, ok -> {
            resolving.set(false);
            revision.changed();
            announcer.announce(done);
            reload();
        }, failure -> {
            resolving.set(false);
            errors.report(failure);
            reload();
        });
    }

    private void applyFilter(String needle) {
        String wanted = needle == null ? "" : needle.strip().toLowerCase(Locale.ROOT);
        shownConflicts.setPredicate(wanted.isEmpty() ? item -> true : item -> item.searchText().contains(wanted));
        updateSummary();
    }

    private void updateSummary() {
        summary.set(shownConflicts.size() == conflicts.size()
                ? messages.get("sync.conflicts.summary", conflicts.size())
                : messages.get("sync.conflicts.summaryFiltered", shownConflicts.size(), conflicts.size()));
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasFolderProperty() {
        return hasFolder.getReadOnlyProperty();
    }

    /** The passphrase field's text; held only until it is given to the sync. */
    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public ReadOnlyBooleanProperty passphraseGivenProperty() {
        return passphraseGiven.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsPassphraseProperty() {
        return needsPassphrase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passphraseHintProperty() {
        return passphraseHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasProblemProperty() {
        return hasProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty thisDeviceProperty() {
        return thisDevice.getReadOnlyProperty();
    }

    public ObservableList<PeerRow> peers() {
        return peers;
    }

    /** The conflicts the search lets through. */
    public FilteredList<ConflictItem> shownConflicts() {
        return shownConflicts;
    }

    public List<ConflictItem> allConflicts() {
        return conflicts;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True while a choice is being saved: the buttons wait, so one click makes one change. */
    public ReadOnlyBooleanProperty resolvingProperty() {
        return resolving.getReadOnlyProperty();
    }
}
