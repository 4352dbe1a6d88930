package vn.vtvlstudio.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class WelcomeViewModelTest {

    private final Path file = Path.of("/home/officer/.local/share/vtvl-studio/vtvl-studio.mv.db");

    @Test
    void vietnameseTextsNameTheFolderTheFileAndTheBackup() {
        WelcomeViewModel vm = new WelcomeViewModel(bundle(Locale.forLanguageTag("vi-VN")), file);

        assertEquals("Chào mừng đến với VTVL Studio", vm.titleProperty().get());
        assertEquals("Mọi dữ liệu nằm trong một tệp trên máy này, trong thư mục /home/officer/.local/share/vtvl-studio"
                + " (tệp vtvl-studio.mv.db):", vm.dataLocationProperty().get());
        assertEquals("/home/officer/.local/share/vtvl-studio/vtvl-studio.mv.db", vm.databasePathProperty().get());
        assertTrue(vm.newSchemeProperty().get().startsWith("Lập đề án mới"), vm.newSchemeProperty().get());
        assertTrue(vm.backupProperty().get().startsWith("Sao lưu: chọn Tệp ▸ Sao lưu…"), vm.backupProperty().get());
        assertTrue(vm.backupProperty().get().endsWith("tự sao lưu tệp vtvl-studio.mv.db vào thư mục backups trong"
                + " /home/officer/.local/share/vtvl-studio."), vm.backupProperty().get());
        assertEquals("Bắt đầu", vm.closeLabelProperty().get());
    }

    @Test
    void englishWithLangEn() {
        WelcomeViewModel vm = new WelcomeViewModel(bundle(Locale.ENGLISH), file);

        assertEquals("Welcome to VTVL Studio", vm.titleProperty().get());
        assertEquals("All your data is in one file on this computer, in the folder /home/officer/.local/share/vtvl-studio"
                + " (file vtvl-studio.mv.db):", vm.dataLocationProperty().get());
        assertTrue(vm.backupProperty().get().startsWith("To back up, choose File ▸ Back up…"), vm.backupProperty().get());
        assertTrue(vm.backupProperty().get().contains("backs up vtvl-studio.mv.db into the backups folder"), vm.backupProperty().get());
        assertEquals("Get started", vm.closeLabelProperty().get());
    }

    @Test
    void everyWelcomeKeyExistsInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("vi-VN"), Locale.ENGLISH}) {
            ResourceBundle messages = bundle(locale);
            for (String key : new String[] {"welcome.title", "welcome.heading", "welcome.data", "welcome.newScheme",
                    "welcome.backup", "welcome.close"}) {
                assertTrue(messages.containsKey(key), key + " in " + locale);
            }
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        // no fallback to the JVM's locale: the vi test must read messages_vi even on an English machine
        return ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_DEFAULT));
    }
}
