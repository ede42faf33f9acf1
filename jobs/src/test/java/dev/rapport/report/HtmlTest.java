package dev.rapport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesEveryCharacterThatCanEndTextOrAnAttribute() {
    assertEquals("&lt;script&gt;a &amp; b&lt;/script&gt; &quot;x&quot; &#39;y&#39;",
        Html.escape("<script>a & b</script> \"x\" 'y'"));
  }

  @Test
  void alreadyEscapedTextIsEscapedAgainNotTrusted() {
    assertEquals("&amp;lt;b&amp;gt;", Html.escape("&lt;b&gt;"));
  }

  @Test
  void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
    assertEquals("a\uFFFDb\uFFFDc\uFFFDd\tok\n", Html.escape("a\u0000b\u0007c\uD800d\tok\n"));
    assertEquals("\uFFFD", Html.escape("\uDC00"));
    assertEquals("\uFFFD", Html.escape("\u0085"));
  }

  @Test
  void emojiAndRightToLeftTextPassThrough() {
    String s = "👩🏽‍💻 مرحبا שלום";
    assertEquals(s, Html.escape(s));
  }

  @Test
  void nullEscapesToEmpty() {
    assertEquals("", Html.escape(null));
  }

  @Test
  void pathSegmentsCannotCloseTheAttributeOrStartAScheme() {
    assertEquals("a%22%20onmouseover%3D%22x", Html.pathSegment("a\" onmouseover=\"x"));
    assertEquals("javascript%3Aalert%281%29", Html.pathSegment("javascript:alert(1)"));
    assertEquals("a%2Fb", Html.pathSegment("a/b"));
    assertEquals("%C3%A9l%C3%A8ve%20un", Html.pathSegment("élève un"));
    assertThrows(IllegalArgumentException.class, () -> Html.pathSegment(".."));
    assertThrows(IllegalArgumentException.class, () -> Html.pathSegment(""));
  }

  @Test
  void cspHashIsTheBase64Sha256OfTheScript() {
    // The SHA-256 of the empty string, a published test vector.
    assertEquals("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='", Html.cspHash(""));
  }

  @Test
  void cspForbidsEveryLoadAndAllowsOnlyHashedScripts() {
    String none = Html.csp();
    assertTrue(none.startsWith("default-src 'none';"));
    assertTrue(none.contains("script-src 'none'"));
    assertTrue(none.contains("img-src data:"));
    assertTrue(Html.csp("'sha256-abc'").contains("script-src 'sha256-abc';"));
  }
}
