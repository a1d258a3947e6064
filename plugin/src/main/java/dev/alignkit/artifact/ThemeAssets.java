package dev.alignkit.artifact;

import dev.alignkit.render.Theme;

/** The theme's stylesheets, scripts, fonts and images, at their theme paths. */
final class ThemeAssets implements SiteArtifact {
    @Override
    public void write(SiteJob site) {
        Theme theme = site.tools().theme();
        for (String asset : theme.files(Theme.ASSETS)) {
            site.sink().write(asset, theme.read(asset).orElseThrow());
        }
    }
}
