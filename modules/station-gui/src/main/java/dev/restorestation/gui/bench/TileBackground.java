package dev.restorestation.gui.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rounded card, border and state stripe behind a tile, drawn once per look and then copied:
 * antialiased shapes are the costliest thing a software-rendered bench paints, and a tile
 * repaints several times a second while it restores.
 */
final class TileBackground {

    record Look(int width, int height, Color fill, Color border, Color stripe, boolean selected, int arc, int stripeWidth) {
    }

    private static final int KEEP = 64;
    private static final Map<Look, BufferedImage> CACHE = new LinkedHashMap<>(KEEP, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Look, BufferedImage> eldest) {
            return size() > KEEP;
        }
    };

    private TileBackground() {
    }

    /** EDT only, like all painting. */
    static BufferedImage of(Look look) {
        return CACHE.computeIfAbsent(look, TileBackground::draw);
    }

    private static BufferedImage draw(Look look) {
        BufferedImage image = new BufferedImage(look.width(), look.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int w = look.width() - 1;
        int h = look.height() - 1;
        int arc = look.arc();
        g.setColor(look.fill());
        g.fillRoundRect(0, 0, w, h, arc, arc);
        g.setColor(look.border());
        g.drawRoundRect(0, 0, w, h, arc, arc);
        int inset = look.selected() ? 2 : 1;
        if (look.selected()) {
            g.drawRoundRect(1, 1, w - 2, h - 2, arc, arc);
        }
        g.setColor(look.stripe());
        g.fillRoundRect(0, 0, look.stripeWidth() + arc, look.height(), arc, arc);
        g.setColor(look.fill());
        g.fillRect(look.stripeWidth(), inset, arc, look.height() - 2 * inset);
        g.dispose();
        return image;
    }
}
