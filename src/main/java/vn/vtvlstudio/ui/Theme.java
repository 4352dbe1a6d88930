package vn.vtvlstudio.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The application's look: AtlantaFX Primer Light, whose colour variables (-color-…) our stylesheets use. */
public final class Theme {

    private Theme() {
    }

    public static void apply() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }
}
