package dev.restorestation.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassNamesTest {

    private static volatile boolean fixtureSetUp;

    static final class Fixture {
        static {
            fixtureSetUp = true;
        }
    }

    private final ClassLoader loader = ClassNamesTest.class.getClassLoader();

    @Test
    void aRuntimePackageListsItsOwnClassesNotThoseOfItsSubpackages() {
        List<String> names = ClassNames.in(List.of("javax/swing/"), loader);

        assertTrue(names.contains("javax.swing.JFrame"), "JFrame among " + names.size());
        assertTrue(names.contains("javax.swing.JTable$AccessibleJTable"), "nested classes too");
        assertFalse(names.contains("javax.swing.border.LineBorder"), "a subpackage's class");
    }

    @Test
    void aPackageInAJarIsListed() {
        List<String> names = ClassNames.in(List.of("com/formdev/flatlaf/"), loader);

        assertTrue(names.contains("com.formdev.flatlaf.FlatLightLaf"), names.toString());
        assertFalse(names.stream().anyMatch(name -> name.startsWith("com.formdev.flatlaf.ui.")), names.toString());
    }

    @Test
    void aPackageInAFolderIsListed() {
        List<String> names = ClassNames.in(List.of("dev/restorestation/gui/"), loader);

        assertTrue(names.contains("dev.restorestation.gui.WindowWarmUp"), names.toString());
        assertTrue(names.contains("dev.restorestation.gui.ClassNamesTest$Fixture"), "test classes share the package");
    }

    @Test
    void loadingAClassDoesNotRunItsStaticSetUp() throws ClassNotFoundException {
        ClassNames.loadAndLink("dev.restorestation.gui.ClassNamesTest$Fixture", loader);

        assertFalse(fixtureSetUp, "the class was set up off the EDT");
        assertTrue(Class.forName("dev.restorestation.gui.ClassNamesTest$Fixture", true, loader) != null && fixtureSetUp);
    }

    @Test
    void aMissingClassOrPackageIsSkipped() {
        ClassNames.loadAndLink("dev.restorestation.gui.NoSuchClass", loader);

        assertTrue(ClassNames.in(List.of("dev/restorestation/nosuchpackage/"), loader).isEmpty());
    }
}
