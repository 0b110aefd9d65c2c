#pragma once

#include <QStringView>

#include <span>

// The demo generator's word lists: small on purpose, combined by DemoNames into many distinct
// names. Written for Luotsi; common Finnish and Finland-Swedish words and names only.
namespace luotsi::core::demo::words {

using List = std::span<const QStringView>;

List maleFirstNames();
List femaleFirstNames();
List maleFirstNamesSv();
List femaleFirstNamesSv();
List surnames();
List surnamesSv();

// Lines of business as a company name uses them: "Rakennus", "Kuljetus", "Konepaja".
List trades();
List tradesSv();
// Short words companies are named after: "Kide", "Sisu", "Revontuli".
List brands();
// English and Finnish words after a brand: "Kide Solutions Oy", "Sisu Palvelut Oy".
List brandSuffixes();

// Street name stems and endings: "Koulu" + "katu"; Swedish "Skol" + "gatan".
List streetStems();
List streetEndings();
List streetStemsSv();
List streetEndingsSv();

// Association names after the place's genitive: "Urheiluseura", "Kyläyhdistys".
List associationTypes();
// Swedish association names after the place: "Ungdomsförening".
List associationTypesSv();
// Units of a municipality: "Kaupunginkirjasto", "Tilakeskus".
List municipalUnits();
// Institutions named after a district or village: "koulu", "päiväkoti".
List localInstitutions();
// Joint authorities after a region's genitive: "liitto", "hyvinvointialue".
List regionAuthorities();
// Joint authorities after a town's genitive + "seudun": "koulutuskuntayhtymä".
List townAuthorities();
// Neighbourhoods as their genitive, common to many towns: "Keskustan", "Koivikon".
List districts();
// Parish name parts after a town's genitive: "Mikaelin", "Keskustan", "Eteläinen".
List parishNames();
// The municipalities that are towns (kaupunki), as Posti writes their Finnish names.
List towns();

List companyTitles();
List companyTitlesSv();
List parishTitles();
List parishUnionTitles();
List associationTitles();
List publicBodyTitles();
List contactRoles();

List emailProviders();
List customerNotes();

// Timeline subjects per kind and texts; %1 stands for a group company's business area.
List noteSubjects();
List callSubjects();
List meetingSubjects();
List emailSubjects();
List timelineTexts();

} // namespace luotsi::core::demo::words
