package dev.alignkit.content;

/**
 * What one kit may add up to, counted while it is read: a small file can still ask for a lot of output through
 * placeholders, aliases and long lists, and every page and PDF grows with these totals.
 */
final class KitBudget {
    /** Characters of text in a kit once placeholders are filled and aliases followed. */
    static final int MAX_TEXT_CHARS = 2_000_000;
    /** Entries of all lists of a kit together (sessions, prompts, agenda items, tasks, tags...). */
    static final int MAX_ENTRIES = 1_000;

    private long textChars;
    private long entries;
    private boolean textReported;
    private boolean entriesReported;

    /** Counts text; true the first time the total passes the limit, so that it is reported once. */
    synchronized boolean spendText(int chars) {
        textChars += chars;
        return crossed(textChars > MAX_TEXT_CHARS, true);
    }

    /** Counts list entries; true the first time the total passes the limit. */
    synchronized boolean spendEntries(int count) {
        entries += count;
        return crossed(entries > MAX_ENTRIES, false);
    }

    private boolean crossed(boolean over, boolean text) {
        if (!over || (text ? textReported : entriesReported)) {
            return false;
        }
        if (text) {
            textReported = true;
        } else {
            entriesReported = true;
        }
        return true;
    }
}
