/**
 * CBS codes and names of the region divisions of 2023 (CBS, Gebieden in
 * Nederland 2023: provincie, GGD-regio, zorgkantoorregio), and how the
 * copied source tables map onto them. See seed/data/regions/README.md.
 */

/** Province name (as in municipalities.json) → CBS province code. */
export const PROVINCE_CODES: Record<string, string> = {
  Groningen: 'PV20',
  Fryslân: 'PV21',
  Drenthe: 'PV22',
  Overijssel: 'PV23',
  Flevoland: 'PV24',
  Gelderland: 'PV25',
  Utrecht: 'PV26',
  'Noord-Holland': 'PV27',
  'Zuid-Holland': 'PV28',
  Zeeland: 'PV29',
  'Noord-Brabant': 'PV30',
  Limburg: 'PV31',
};

/** Safety region → GGD region; each GGD region covers one safety region, except in Brabant (below). */
export const GGD_BY_SAFETY_REGION: Record<string, [code: string, name: string]> = {
  VR01: ['GG0111', 'GGD Groningen'],
  VR02: ['GG7206', 'GGD Fryslân'],
  VR03: ['GG0706', 'GGD Drenthe'],
  VR04: ['GG1009', 'GGD IJsselland'],
  VR05: ['GG1106', 'GGD Twente'],
  VR06: ['GG1413', 'GGD Noord- en Oost-Gelderland'],
  VR07: ['GG1911', 'Veiligheids- en Gezondheidsregio Gelderland-Midden'],
  VR08: ['GG2014', 'GGD Gelderland-Zuid'],
  VR09: ['GG2514', 'GGD Regio Utrecht'],
  VR10: ['GG2707', 'GGD Hollands-Noorden'],
  VR11: ['GG7306', 'GGD Zaanstreek/Waterland'],
  VR12: ['GG3109', 'GGD Kennemerland'],
  VR13: ['GG3406', 'GGD Amsterdam'],
  VR14: ['GG3606', 'GGD Gooi en Vechtstreek'],
  VR15: ['GG7014', 'GGD Haaglanden'],
  VR16: ['GG4506', 'GGD Hollands-Midden'],
  VR17: ['GG4607', 'GGD Rotterdam-Rijnmond'],
  VR18: ['GG4816', 'Dienst Gezondheid & Jeugd ZHZ'],
  VR19: ['GG5006', 'GGD Zeeland'],
  VR20: ['GG5206', 'GGD West-Brabant'],
  VR21: ['GG5406', 'GGD Hart voor Brabant'],
  VR22: ['GG5608', 'GGD Brabant-Zuidoost'],
  VR23: ['GG6011', 'GGD Limburg-Noord'],
  VR24: ['GG6106', 'GGD Zuid-Limburg'],
  VR25: ['GG2209', 'GGD Flevoland'],
};

/**
 * The Midden-Brabant municipalities of safety region Midden- en West-Brabant
 * (VR20), which belong to GGD Hart voor Brabant with all of Brabant-Noord
 * (VR21); the rest of VR20 is GGD West-Brabant.
 */
export const HART_VOOR_BRABANT_FROM_VR20 = ['GM0766', 'GM0784', 'GM0785', 'GM0798', 'GM0809', 'GM0824', 'GM0855', 'GM0867'];

/** Region name in the 2019 zorgkantoor table → CBS zorgkantoorregio 2023. */
export const ZORGKANTOOR_2023: Record<string, [code: string, name: string]> = {
  'Zorgkantoor Amstelland en De Meerlanden': ['ZK01', 'Amstelland en De Meerlanden'],
  'Zorgkantoor Amsterdam': ['ZK02', 'Amsterdam'],
  'Zorgkantoor Apeldoorn / Zutphen': ['ZK03', 'Apeldoorn/Zutphen'],
  'Zorgkantoor Arnhem': ['ZK04', 'Arnhem'],
  'Zorgkantoor Drenthe': ['ZK06', 'Drenthe'],
  'Zorgkantoor Flevoland': ['ZK07', 'Flevoland'],
  'Zorgkantoor Friesland': ['ZK08', 'Friesland'],
  'Zorgkantoor Groningen': ['ZK09', 'Groningen'],
  'Zorgkantoor Haaglanden': ['ZK10', 'Haaglanden'],
  'Zorgkantoor Kennemerland': ['ZK11', 'Kennemerland'],
  'Zorgkantoor Midden-Brabant': ['ZK12', 'Midden-Brabant'],
  'Zorgkantoor Midden-Holland': ['ZK13', 'Midden-Holland'],
  'Zorgkantoor Midden-IJssel': ['ZK14', 'Midden-IJssel'],
  'Zorgkantoor Nijmegen': ['ZK16', 'Nijmegen'],
  'Zorgkantoor Noord- en Midden-Limburg': ['ZK17', 'Noord- en Midden-Limburg'],
  'Zorgkantoor Noord-Holland Noord': ['ZK18', 'Noord-Holland Noord'],
  'Zorgkantoor Noord-Oost Brabant': ['ZK19', 'Noordoost-Brabant'],
  'Zorgkantoor Rotterdam': ['ZK20', 'Rotterdam'],
  "Zorgkantoor 't Gooi": ['ZK21', "'t Gooi"],
  'Zorgkantoor Twente': ['ZK22', 'Twente'],
  'Zorgkantoor Utrecht': ['ZK23', 'Utrecht'],
  'Zorgkantoor Waardenland': ['ZK24', 'Waardenland'],
  'Zorgkantoor West-Brabant': ['ZK25', 'West-Brabant'],
  'Zorgkantoor Zaanstreek / Waterland': ['ZK26', 'Zaanstreek/Waterland'],
  'Zorgkantoor Zeeland': ['ZK27', 'Zeeland'],
  'Zorgkantoor Zuid-Holland Noord': ['ZK28', 'Zuid-Holland Noord'],
  'Zorgkantoor Zuid-Hollandse Eilanden': ['ZK29', 'Zuid-Hollandse Eilanden'],
  'Zorgkantoor Zuid-Oost Brabant': ['ZK30', 'Zuidoost-Brabant'],
  'Zorgkantoor Zuid-Limburg': ['ZK31', 'Zuid-Limburg'],
  'Zorgkantoor Zwolle': ['ZK32', 'Zwolle'],
  'Zorgkantoor Westland Schieland Delfland': ['ZK33', 'Westland Schieland Delfland'],
  // Since 2020 one region with Westland Schieland Delfland (32 regions in 2019, 31 in 2023).
  'Zorgkantoor Nieuwe Waterweg Noord': ['ZK33', 'Westland Schieland Delfland'],
};

/**
 * The municipal reorganisations between the 2019 table and 1 January 2023:
 * each new municipality with the municipalities it was formed from. Where an
 * existing municipality took in another (Purmerend, Amsterdam), it keeps its
 * own code and region. Haaren (GM0788, 2021) was divided among Boxtel,
 * Oisterwijk, Tilburg and Vught, which keep theirs.
 */
export const SUCCESSORS: Record<string, string[]> = {
  GM1979: ['GM0003', 'GM0010', 'GM0024'], // Eemsdelta, 2021: Appingedam, Delfzijl, Loppersum
  GM1980: ['GM0398', 'GM0416'], // Dijk en Waard, 2022: Heerhugowaard, Langedijk
  GM1982: ['GM0756', 'GM1684', 'GM0786', 'GM0815', 'GM1702'], // Land van Cuijk, 2022: Boxmeer, Cuijk, Grave, Mill en Sint Hubert, Sint Anthonis
  GM1991: ['GM1685', 'GM0856'], // Maashorst, 2022: Landerd, Uden
  GM1992: ['GM0501', 'GM0530', 'GM0614'], // Voorne aan Zee, 2023: Brielle, Hellevoetsluis, Westvoorne
};

/** Municipalities of 2019 that were taken into a continuing one: absorbed → continuing municipality. */
export const ABSORBED: Record<string, string> = {
  GM0370: 'GM0439', // Beemster into Purmerend, 2022
  GM0457: 'GM0363', // Weesp into Amsterdam, 2022
  GM0788: 'GM0757', // Haaren divided among Boxtel, Oisterwijk, Tilburg and Vught, 2021
};
