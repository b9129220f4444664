package dev.restorestation.firmware;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Measures how deep a binary property list nests before a recursive parser sees it: objects are
 * visited once each, with an explicit stack no deeper than the limit, so a cycle or a chain of a
 * million arrays is refused in linear time.
 */
final class BinaryPlistDepth {

    private static final int TRAILER = 32;

    private final byte[] bytes;
    private final int refSize;
    private final int offsetSize;
    private final long tableOffset;
    private final int objects;

    private BinaryPlistDepth(byte[] bytes) throws BoundedPlist.NotAPlist {
        this.bytes = bytes;
        if (bytes.length < 8 + TRAILER) {
            throw new BoundedPlist.NotAPlist("the binary property list is too short");
        }
        int trailer = bytes.length - TRAILER;
        offsetSize = bytes[trailer + 6] & 0xFF;
        refSize = bytes[trailer + 7] & 0xFF;
        long count = number(trailer + 8, 8);
        tableOffset = number(trailer + 24, 8);
        if (offsetSize < 1 || offsetSize > 8 || refSize < 1 || refSize > 8 || count < 1 || count > bytes.length
                || tableOffset < 8 || tableOffset + count * offsetSize > trailer) {
            throw new BoundedPlist.NotAPlist("the binary property list has a bad trailer");
        }
        objects = (int) count;
    }

    static void check(byte[] bytes, int maxDepth) throws BoundedPlist.NotAPlist {
        BinaryPlistDepth plist = new BinaryPlistDepth(bytes);
        long top = plist.number(bytes.length - TRAILER + 16, 8);
        if (top < 0 || top >= plist.objects) {
            throw new BoundedPlist.NotAPlist("the binary property list has a bad trailer");
        }
        plist.walk((int) top, maxDepth);
    }

    private static final class Frame {
        final int object;
        final int[] children;
        int next;

        Frame(int object, int[] children) {
            this.object = object;
            this.children = children;
        }
    }

    /** Height of every object below the root, found depth-first; -1 while an object is on the stack. */
    private void walk(int root, int maxDepth) throws BoundedPlist.NotAPlist {
        int[] height = new int[objects];
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, children(root)));
        height[root] = -1;
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.next < frame.children.length) {
                int child = frame.children[frame.next++];
                if (height[child] == -1 || stack.size() + Math.max(height[child], 1) > maxDepth) {
                    throw new BoundedPlist.NotAPlist("it is nested deeper than " + maxDepth + " levels");
                }
                if (height[child] == 0) {
                    height[child] = -1;
                    stack.push(new Frame(child, children(child)));
                }
                continue;
            }
            stack.pop();
            int tallest = 0;
            for (int child : frame.children) {
                tallest = Math.max(tallest, height[child]);
            }
            height[frame.object] = tallest + 1;
        }
    }

    /** The objects an array, set or dictionary refers to; none for any other object. */
    private int[] children(int object) throws BoundedPlist.NotAPlist {
        int at = (int) number((int) (tableOffset + (long) object * offsetSize), offsetSize);
        if (at < 8 || at >= tableOffset) {
            throw new BoundedPlist.NotAPlist("the binary property list has an object outside its data");
        }
        int type = (bytes[at] & 0xF0) >>> 4;
        if (type != 0xA && type != 0xB && type != 0xC && type != 0xD) {
            return new int[0];
        }
        long count = bytes[at] & 0x0F;
        int refs = at + 1;
        if (count == 0x0F) {
            int width = 1 << (bytes[at + 1] & 0x0F);
            if ((bytes[at + 1] & 0xF0) != 0x10 || width > 8 || at + 2 + width > tableOffset) {
                throw new BoundedPlist.NotAPlist("the binary property list has a bad length");
            }
            count = number(at + 2, width);
            refs = at + 2 + width;
        }
        long total = type == 0xD ? count * 2 : count;
        if (count < 0 || count > (tableOffset - refs) / refSize || total * refSize > tableOffset - refs) {
            throw new BoundedPlist.NotAPlist("the binary property list has a container past its data");
        }
        int[] children = new int[(int) total];
        for (int i = 0; i < total; i++) {
            long child = number(refs + i * refSize, refSize);
            if (child < 0 || child >= objects) {
                throw new BoundedPlist.NotAPlist("the binary property list refers to a missing object");
            }
            children[i] = (int) child;
        }
        return children;
    }

    private long number(int at, int width) {
        long value = 0;
        for (int i = 0; i < width; i++) {
            value = value << 8 | bytes[at + i] & 0xFF;
        }
        return value;
    }
}
