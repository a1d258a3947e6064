package dev.alignkit.content;

import java.util.List;

public record Phase(String title, List<Task> checklist) {}
