package dev.alignkit.render;

/** The closed set of page types and the template each is rendered with. */
public enum PageKind {
    /** The public start page: the kits' participant pages. */
    HOME("home.ftlh"),
    /** The facilitators' kit catalogue. */
    INDEX("index.ftlh"),
    KIT("kit.ftlh"),
    SESSION("session.ftlh"),
    PARTICIPANTS("participants.ftlh"),
    NOT_FOUND("404.ftlh"),
    ACTIONS("actions.ftlh"),
    ATTACHMENT("attachment.ftlh"),
    RUN("run.ftlh");

    private final String template;

    PageKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
