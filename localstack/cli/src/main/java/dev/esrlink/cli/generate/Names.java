package dev.esrlink.cli.generate;

import java.util.List;

/**
 * Invented names and places. Surnames and towns are built from syllables, so they belong to no real
 * person; contact details use ranges reserved for fiction or examples (NI prefix QQ, Ofcom's 07700
 * 900xxx drama numbers, example.com, the ZZ99 pseudo postcode district).
 */
final class Names {

  static final List<String> FIRST_NAMES =
      List.of(
          "Amara", "Bethan", "Callum", "Dev", "Elin", "Farah", "Gethin", "Hana", "Idris", "Jaya",
          "Kofi", "Lowri", "Mateo", "Niamh", "Oisin", "Priya", "Rhys", "Saoirse", "Tomasz", "Uma",
          "Zoë", "Siân", "Aled", "Chidi", "Yusuf", "Ffion", "Ravi", "Ines", "Kai", "Mei");
  static final List<String> MIDDLE_NAMES =
      List.of("Rose", "James", "Ann", "Lee", "Marie", "John", "Grace", "Tomos", "Jo");
  private static final List<String> STARTS =
      List.of(
          "Brack", "Thorn", "Ash", "Wen", "Kel", "Marr", "Dun", "Hal", "Pen", "Strat", "Oak", "Fen",
          "Gar", "Rid", "Tal", "Whit", "Col", "Bel", "Tre", "Sel");
  private static final List<String> ENDS =
      List.of(
          "wick", "ley", "ford", "more", "stead", "by", "combe", "hurst", "well", "ton", "dale",
          "field", "gate", "worth", "ridge");
  static final List<String> TITLES = List.of("Dr", "Dr", "Dr", "Mr", "Ms", "Mx", "Miss", "Mrs");
  static final List<String> STREETS = List.of("Road", "Lane", "Street", "Close", "Avenue", "Way");

  private Names() {}

  static String surname(Draw draw) {
    String name = draw.pick(STARTS) + draw.pick(ENDS);
    return draw.chance(0.03) ? "O'" + name : name;
  }

  static String town(Draw draw) {
    return draw.pick(STARTS) + draw.pick(List.of("bury", "minster", "port", "ham", "chester"));
  }

  static String street(Draw draw) {
    return draw.between(1, 199)
        + " "
        + draw.pick(STARTS)
        + draw.pick(ENDS)
        + " "
        + draw.pick(STREETS);
  }

  static String postcode(Draw draw) {
    String letters = "ABDEFGHJLNPQRSTUWXYZ";
    return "ZZ99 "
        + draw.between(1, 9)
        + letters.charAt(draw.between(0, letters.length() - 1))
        + letters.charAt(draw.between(0, letters.length() - 1));
  }

  static String niNumber(Draw draw) {
    return "QQ" + draw.digits(6) + draw.pick(List.of("A", "B", "C", "D"));
  }

  static String mobile(Draw draw) {
    return "07700900" + draw.digits(3);
  }
}
