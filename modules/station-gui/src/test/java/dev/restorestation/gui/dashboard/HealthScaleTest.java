package dev.restorestation.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.settings.Theme;
import dev.restorestation.gui.theme.StationTheme;
import java.awt.Color;
import java.awt.EventQueue;
import javax.swing.UIManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HealthScaleTest {

    @BeforeAll
    static void lightTheme() throws Exception {
        EventQueue.invokeAndWait(() -> StationTheme.install(Theme.LIGHT));
    }

    @Test
    void noFailuresIsTheGoodColourAndAThirdOrMoreIsTheBadOne() {
        HealthScale scale = new HealthScale();
        assertThat(scale.getPaint(0)).isEqualTo(rgb("Station.heat.good"));
        assertThat(scale.getPaint(HealthScale.WARN)).isEqualTo(rgb("Station.heat.warn"));
        assertThat(scale.getPaint(HealthScale.BAD)).isEqualTo(rgb("Station.heat.bad"));
        assertThat(scale.getPaint(0.9)).isEqualTo(rgb("Station.heat.bad"));
    }

    @Test
    void betweenTwoColoursItBlends() {
        Color mid = HealthScale.blend(new Color(0, 100, 200), new Color(100, 200, 0), 0.5);
        assertThat(mid).isEqualTo(new Color(50, 150, 100));
        assertThat(HealthScale.blend(Color.BLACK, Color.WHITE, 2)).isEqualTo(Color.WHITE);
    }

    private static Color rgb(String key) {
        return new Color(UIManager.getColor(key).getRGB());
    }
}
