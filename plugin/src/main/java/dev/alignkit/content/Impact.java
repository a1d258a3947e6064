package dev.alignkit.content;

public enum Impact {
    HIGH,
    MEDIUM,
    LOW
}
