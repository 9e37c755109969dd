package dev.esrlink.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The content hash is stored with every item: it must stay what it was when the hash was the digest
 * of each value's SDK rendering, or every stored item would look changed once.
 */
class ContentHashTest {

  private static Item item() {
    return Item.keyed("POS#1", "POS")
        .put("f.tpn", "EOE/RGT00/001/F1/001")
        .put("f.title", "Quoted \"text\", commas\nand a line break, é")
        .put("f.wte", 10)
        .put(Keys.DELETED, false)
        .put("seen", true)
        .put(Keys.ORDER, "20250303090000#00000001")
        .put(Keys.FILE, "DE_EOE_RMF_20250303_00000001.DAT");
  }

  @Test
  void isTheDigestOfTheSdkRenderingOfEveryContentAttribute() {
    Item item = item();
    StringBuilder text = new StringBuilder();
    new TreeMap<>(item.attributes())
        .forEach(
            (name, value) -> {
              if (!name.equals(Keys.ORDER) && !name.equals(Keys.FILE) && !name.equals(Keys.HASH)) {
                text.append(name).append('=').append(value.toString()).append('\n');
              }
            });
    assertEquals(Keys.digest(text.toString(), 32), ChangeWriter.contentHash(item));
  }

  @Test
  void ignoresSourceBookkeepingButNotContent() {
    Item other = item().put(Keys.ORDER, "20250304090000#00000002").put(Keys.FILE, "other.DAT");
    assertEquals(ChangeWriter.contentHash(item()), ChangeWriter.contentHash(other));
    assertNotEquals(
        ChangeWriter.contentHash(item()), ChangeWriter.contentHash(item().put("f.wte", 5)));
  }
}
