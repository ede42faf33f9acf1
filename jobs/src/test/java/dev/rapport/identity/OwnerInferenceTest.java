package dev.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.identity.OwnerInference.AddressUse;
import dev.rapport.identity.OwnerInference.LinkedInSelf;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnerInferenceTest {
  /** Kenneth Lay's mailbox as the Enron corpus has it: his assistant sent most of {@code sent} from her address. */
  static final List<AddressUse> LAY = List.of(
      new AddressUse("kenneth.lay@enron.com", 500, "Kenneth Lay"),
      new AddressUse("rosalee.fleming@enron.com", 180, "Rosalee Fleming"),
      new AddressUse("klay@enron.com", 200, ""),
      new AddressUse("jeff.skilling@enron.com", 40, "Jeff Skilling"));

  static final List<AddressUse> SKILLING = List.of(
      new AddressUse("jeff.skilling@enron.com", 400, "Jeff Skilling"),
      new AddressUse("sherri.sera@enron.com", 120, "Sherri Sera"),
      new AddressUse("jskilli@enron.com", 100, ""),
      new AddressUse("joannie.williamson@enron.com", 80, "Joannie Williamson"));

  /**
   * Peter Keavey's mailbox: the busiest address is f..keavey, and the sent folder holds mail from peter.keavey, which no
   * name rule links to an initial. The sent folder and the surname do; an assistant's and a relative's do not.
   */
  @Test
  void anAddressWritingFromTheSentFolderUnderTheOwnersSurnameIsTheirs() {
    List<AddressUse> uses = List.of(new AddressUse("f..keavey@enron.com", 900, "", 34),
        new AddressUse("peter.keavey@enron.com", 120, "", 73),
        new AddressUse("sherri.sera@enron.com", 200, "Sherri Sera", 40),
        new AddressUse("mark.keavey@hotmail.com", 30, "", 0));
    Owner o = OwnerInference.infer("keavey", uses, OwnerHints.none(), null);
    assertEquals(Set.of("f..keavey@enron.com", "peter.keavey@enron.com"), Set.copyOf(o.addresses()));
  }

  @Test
  void anAddressTheUserGaveIsTheOwnerWhateverTheCountsSay() {
    Owner o = OwnerInference.infer("lay", LAY, OwnerHints.of(List.of("Rosalee.Fleming@enron.com ")), null);
    assertEquals(List.of("rosalee.fleming@enron.com"), o.addresses());
    assertEquals(List.of("Rosalee Fleming"), o.names(), "the display name seen with the address");
    assertEquals(OwnerInference.GIVEN, o.basis());
    assertTrue(o.is("rosalee.fleming@enron.com"));
    assertFalse(o.is("kenneth.lay@enron.com"));
    assertFalse(o.basis().contains("--"), "identity knows no command-line flag: " + o.basis());
  }

  @Test
  void aNameTheUserGaveClaimsTheAddressesItWasSeenWith() {
    Owner o = OwnerInference.infer("skilling", SKILLING, OwnerHints.of(List.of("Jeff Skilling")), null);
    assertEquals(List.of("jeff.skilling@enron.com"), o.addresses());
    assertTrue(o.is("name:jeff skilling"));
    assertFalse(o.is("sherri.sera@enron.com"));
    assertEquals(OwnerInference.GIVEN, o.basis());
  }

  @Test
  void theLinkedInProfileWinsOverTheBusiestAddress() {
    List<AddressUse> uses = List.of(new AddressUse("team@startup.example", 90, "Team"),
        new AddressUse("blake.o@example.com", 30, "Blake Oyelowo"));
    LinkedInSelf profile = new LinkedInSelf(List.of("Blake Oyelowo"), List.of("Blake.O@example.com"),
        "linkedin:blake-oyelowo");
    Owner o = OwnerInference.infer("blake", uses, OwnerHints.none(), profile);
    assertEquals("LinkedIn profile", o.basis());
    assertEquals(List.of("blake.o@example.com"), o.addresses());
    assertTrue(o.is("linkedin:blake-oyelowo"));
    assertFalse(o.is("team@startup.example"));
  }

  @Test
  void enronAliasesThatAreFormsOfTheOwnersNameJoinButTheAssistantDoesNot() {
    Owner lay = OwnerInference.infer("lay", LAY, OwnerHints.none(), null);
    assertEquals("most-participating address", lay.basis());
    assertEquals(Set.of("kenneth.lay@enron.com", "klay@enron.com"), Set.copyOf(lay.addresses()));
    assertFalse(lay.is("rosalee.fleming@enron.com"));
    assertFalse(lay.is("jeff.skilling@enron.com"));

    Owner skilling = OwnerInference.infer("skilling", SKILLING, OwnerHints.none(), null);
    assertEquals(Set.of("jeff.skilling@enron.com", "jskilli@enron.com"), Set.copyOf(skilling.addresses()));
    assertFalse(skilling.is("sherri.sera@enron.com"));
    assertFalse(skilling.is("joannie.williamson@enron.com"));
  }

  @Test
  void aStrayNamesakeSeenTwiceIsNotTakenForTheOwner() {
    List<AddressUse> uses = List.of(new AddressUse("kenneth.lay@enron.com", 500, "Kenneth Lay"),
        new AddressUse("klay@other.example", 2, ""));
    Owner o = OwnerInference.infer("lay", uses, OwnerHints.none(), null);
    assertEquals(List.of("kenneth.lay@enron.com"), o.addresses());
  }

  @Test
  void withNoSignalAtAllTheOwnerIsUnknownAndMatchesNobody() {
    Owner o = OwnerInference.infer("nobody", List.of(), OwnerHints.none(), null);
    assertEquals("unknown", o.basis());
    assertEquals(List.of(), o.addresses());
    assertEquals(Set.of(), o.keys());
  }

  @Test
  void hintsTellAddressesFromNamesAndDropBlanks() {
    OwnerHints h = OwnerHints.of(List.of(" Ann.Lee@Example.org", "Ann Lee", "  "));
    assertEquals(List.of("ann.lee@example.org"), h.addresses());
    assertEquals(List.of("Ann Lee"), h.names());
    assertTrue(OwnerHints.of(List.of(" ")).isEmpty());
  }
}
