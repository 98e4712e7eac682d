package org.clusterforum.platform.audit;

/** What a member of staff did, as the audit log names it. Stored by name: add, never rename. */
public enum AuditAction {
    VIEW_PRIVATE("Opened members-only content"),
    PIN_THREAD("Pinned a thread"),
    UNPIN_THREAD("Unpinned a thread"),
    LOCK_THREAD("Locked a thread"),
    UNLOCK_THREAD("Unlocked a thread"),
    MOVE_THREAD("Moved a thread"),
    DELETE_THREAD("Deleted a thread"),
    RESTORE_THREAD("Restored a thread"),
    HIDE_POST("Hid a post"),
    RESTORE_POST("Restored a post"),
    EDIT_POST("Edited a member's post"),
    CLOSE_CHALLENGE("Closed a challenge"),
    REOPEN_CHALLENGE("Reopened a challenge"),
    WARN_MEMBER("Warned a member"),
    SILENCE_MEMBER("Silenced a member"),
    SUSPEND_MEMBER("Suspended a member"),
    LIFT_SANCTION("Lifted a sanction"),
    DISMISS_REPORT("Dismissed a report"),
    SLOW_MODE("Changed a thread's slow mode"),
    APPROVE_POST("Approved a new member's post"),
    CHANGE_SETTING("Changed a site setting"),
    MERGE_THREAD("Merged threads"),
    SPLIT_THREAD("Split a thread"),
    WATCH_WORD("Added a watched word"),
    UNWATCH_WORD("Removed a watched word"),
    CHANGE_ROLE("Changed a member's role"),
    CREATE_THEME("Created a theme"),
    EDIT_THEME("Edited a theme"),
    ARCHIVE_THEME("Archived a theme"),
    UNARCHIVE_THEME("Brought back an archived theme"),
    REORDER_THEMES("Reordered themes"),
    DELETE_COMMENT("Deleted a member's comment"),
    REBUILD_SEARCH_INDEX("Rebuilt the search index"),
    MOVE_CHALLENGE("Moved a challenge");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
