#include "SheetRows.h"

#include "core/importing/mapping/ColumnSuggester.h"
#include "core/importing/mapping/HeaderRowDetector.h"

#include <gtest/gtest.h>

// Suggestions for the five files of the conversion sample, from their header rows and first
// data rows copied here (SampleFilesTest reads the files themselves). Cells: "=123" is a
// number cell, "~38143" a date cell (Excel serial), anything else text.

using namespace luotsi::core::importing;
using namespace Qt::StringLiterals;
using F = TargetField;

namespace {

// clang-format off
const QList<QStringList> enterpriseParishes{
        {u"SRK_ID"_s, u"Seurakunnan nimi"_s, u"Seurakuntayhtymä"_s, u"Katuosoite"_s, u"Postinro"_s, u"Postitoimipaikka"_s, u"Puhelin"_s, u"Sähköposti"_s, u"Y-tunnus"_s, u"Kirkkoherra"_s, u"Jäsenmäärä"_s, u"Päivitetty"_s},
        {u"SRK0000"_s, u"TESTI SEURAKUNTA"_s, QString(), u"Testikatu 1"_s, u"00100"_s, u"HELSINKI"_s, u"09 123 4567"_s, u"testi@evl.fi"_s, QString(), u"Testi Testaaja"_s, u"=0"_s, u"~38353"_s},
        {u"SRK1004"_s, u"Rannan seurakunta"_s, u"Turun seurakuntayhtymä"_s, u"Pajatie 35"_s, u"20670"_s, u"TURKU"_s, u"(02) 4573 986"_s, u"rannan.seurakunta@evl.fi"_s, u"0569039-7"_s, u"Hannu Rönkkö"_s, u"=12339"_s, u"~38556"_s},
        {u"SRK1008"_s, u"Kankaanpään seurakunta"_s, QString(), u"Tehtaankatu 28"_s, u"38700"_s, u"KANKAANPÄÄ"_s, u"02 431 7034"_s, u"kankaanpaan.seurakunta@evl.fi"_s, u"1414798-6"_s, u"Erkki Turunen"_s, u"=35798"_s, u"~38520"_s},
        {u"SRK1018"_s, u"Varkauden seurakunta"_s, QString(), u"Torikatu 54"_s, u"78200"_s, u"VARKAUS"_s, u"(017) 5086 734"_s, u"VARKAUDEN.SEURAKUNTA@EVL.FI"_s, u"0370174-2"_s, u"Leena Pesonen"_s, u"=19458"_s, u"~38583"_s},
        {u"SRK1020"_s, u"Hangon seurakunta"_s, QString(), u"Puutarhakatu 49 C"_s, u"10900"_s, u"HANKO"_s, u"019-7568665"_s, u"hangon.seurakunta@evl.fi"_s, u"1939600-9"_s, u"Pertti Kokkonen"_s, u"=18146"_s, u"~38922"_s},
        {u"SRK1021"_s, u"Pudasjärven seurakunta"_s, QString(), u"Vanha Turuntie 43"_s, u"93100"_s, u"PUDASJÄRVI"_s, u"(08) 715 410"_s, QString(), u"2718335-3"_s, u"Mats Heikkilä"_s, u"=44730"_s, u"~39417"_s},
        {u"SRK1026"_s, u"LOVIISAN SEURAKUNTA"_s, QString(), u"Järvitie 47"_s, u"07900"_s, u"LOVIISA"_s, u"019-4174678"_s, u"loviisan.seurakunta@evl.fi"_s, u"1892934-4"_s, u"Åsa Nurmi"_s, u"=9809"_s, u"~39229"_s},
        {u"SRK1033"_s, u"Kristiinankaupungin seurakunta"_s, QString(), u"Ylät. 20"_s, u"64100"_s, u"KRISTIINANKAUPUNKI"_s, QString(), QString(), u"1822905-7"_s, u"Jaana Rantanen"_s, u"=32101"_s, u"~38460"_s},
        {u"SRK1038"_s, u"Kauhavan seurakunta"_s, QString(), u"Tehtaankatu 32"_s, u"62200"_s, u"KAUHAVA"_s, u"06-5573106"_s, u"kauhavan.seurakunta@evl.fi"_s, u"1484456-2"_s, u"Eeva Lehtinen"_s, u"=31368"_s, u"~38951"_s},
        {u"SRK1039"_s, u"KUHMON SEURAKUNTA"_s, QString(), u"Valtakatu 30"_s, u"88900"_s, u"KUHMO"_s, u"08 494 1622"_s, u"kuhmon.seurakunta@evl.fi"_s, u"2459752-6"_s, u"Jyrki Laine"_s, u"=50462"_s, u"~38785"_s},
};
const QList<QStringList> enterpriseUnions{
        {u"YHT_ID"_s, u"Seurakuntayhtymän nimi"_s, u"Katuosoite"_s, u"Postinro"_s, u"Postitoimipaikka"_s, u"Puhelin"_s, u"Sähköposti"_s, u"Y-tunnus"_s, u"Talousjohtaja"_s, u"Jäsenseurakuntia"_s, u"Päivitetty"_s},
        {u"Y007"_s, u"Joensuun srky"_s, u"Linnankatu 37"_s, u"80250"_s, u"JOENSUU"_s, u"013-6707856"_s, u"joensuun.seurakuntayhtyma@evl.fi"_s, u"0917444-5"_s, u"Hanna Holmström"_s, u"=4"_s, u"~38858"_s},
        {u"Y009"_s, u"Hämeenlinnan srk-yhtymä"_s, u"Urheilukatu 38"_s, u"13480"_s, u"HÄMEENLINNA"_s, u"03-8784453"_s, u"hameenlinnan.seurakuntayhtyma@evl.fi"_s, u"0018784-8"_s, u"Tiina Leinonen"_s, u"=4"_s, u"~38967"_s},
        {u"Y166"_s, u"Rauman seurakuntayhtymä"_s, u"Urheilukatu 57"_s, u"26560"_s, u"RAUMA"_s, u"(02) 279 745"_s, u"rauman.seurakuntayhtyma@evl.fi"_s, u"0919226-4"_s, u"Anders Heikkinen"_s, u"=2"_s, u"~38527"_s},
        {u"Y197"_s, u"Porin seurakuntahytymä"_s, u"Itsenäisyydenkatu 41"_s, u"28200"_s, u"PORI"_s, u"(02) 8522 688"_s, QString(), u"2803848-1"_s, u"Matti Hakala"_s, u"=6"_s, u"~38693"_s},
        {u"Y215"_s, u"Espoon seurakuntayhtymä"_s, u"Puutarhakatu 12 A"_s, u"02100"_s, u"ESPOO"_s, u"092549572"_s, u"espoon.seurakuntayhtyma@evl.fi"_s, u"1602726-7"_s, u"Laitinen Ritva"_s, u"=7"_s, u"~38945"_s},
        {u"Y241"_s, u"PORVOON SEURAKUNTAYHTYMÄ"_s, u"Meijeritie 120"_s, u"06590"_s, u"PORVOO"_s, u"(019) 4384 018"_s, u"porvoon.seurakuntayhtyma@evl.fi"_s, u"1042166-9"_s, u"Marja Österlund"_s, u"=6"_s, u"~38838"_s},
        {u"Y267"_s, u"Helsingin seurakuntayhtymä"_s, u"Metsäpolku 110"_s, u"00930"_s, u"HELSINKI"_s, u"09 728 3301"_s, u"helsingin.seurakuntayhtyma@evl.fi"_s, u"0945732-2"_s, u"Esa Lahtinen"_s, u"=6"_s, u"~39062"_s},
};
const QList<QStringList> subscribers{
        {u"Tilaajanro"_s, u"Nimi"_s, u"Lisänimi"_s, u"Osoite"_s, u"Puhelin"_s, u"Sähköposti"_s, u"Y-tunnus"_s, u"Tilaus alkanut"_s, u"Tilaus päättyy"_s, u"Laskutettu €"_s, u"Yhteyshenkilö"_s, u"Huomautukset"_s},
        {u"100129"_s, u"Espoon Kansalaisopiston Tuki ry"_s, u"Ostot"_s, u"Pohjoisesplanadi 139, 02370 ESPOO"_s, u"0503034303"_s, u"espoon.kansalaisopiston.tuki@suomi24.fi"_s, u"2463542-2"_s, u"21.7.2000"_s, QString(), u"101,31"_s, u"P. Lindqvist"_s, QString()},
        {u"100925"_s, u"Putkityö Salonen Tmi"_s, QString(), u"Tehtaankatu 4 83500 OUTOKUMPU"_s, u"013 596 0806"_s, u"myynti@putkityosalonen.fi"_s, u"0921185-9"_s, u"9.11.1999"_s, QString(), u"53,03"_s, QString(), u"2 kpl"_s},
        {u"103462"_s, u"Arkkitehtitoimisto Holmström Ky"_s, u"Keskusvarasto"_s, u"Työpajankatu 59, 74100 IISALMI"_s, QString(), u"myynti@arkkitehtitoimistoholmstrom.fi"_s, u"0180207-2"_s, u"11.9.1999"_s, u"13.10.2008"_s, u"30,01"_s, u"Jukka Heinonen"_s, QString()},
        {u"105141"_s, u"Forssan Lähetysyhdistys ry"_s, QString(), u"Sahatie 45 30100 Forssa"_s, u"+358 3 871 763"_s, u"forssan.lahetysyhdistys@luukku.com"_s, u"1718883-9"_s, u"14.1.1998"_s, QString(), u"58,26"_s, u"Märta Mattila"_s, u"Kestotilaus"_s},
        {u"106320"_s, u"jyväskylän huonekalu ky"_s, QString(), u"PO Box 56, 40881 JYVÄSKYLÄ"_s, u"0144980554"_s, u"info@jyvaskylanhuonekalu.fi"_s, QString(), u"15.1.2000"_s, QString(), u"61,86"_s, u"Sofia Hämäläinen"_s, QString()},
        {u"107921"_s, u"Mäntsälän seurakunta"_s, QString(), u"Satamakatu 4, 04600 Mäntsälä"_s, u"019 289 000"_s, u"mantsalan.seurakunta@evl.fi"_s, u"0791205-3"_s, u"21.7.2004"_s, QString(), u"30,14"_s, u"Anne Sjöberg"_s, u"Kestotilaus"_s},
        {u"108624"_s, u"Mikkelin tuomiokirkkoseurakunta"_s, u"Kirkkoherranvirasto"_s, u"Ylätie 43, 50770 MIKKELI"_s, u"015 331 8710"_s, u"mikkelin.tuomiokirkkoseurakunta@evl.fi"_s, u"1871002-7"_s, u"8.10.2006"_s, QString(), u"84,39"_s, QString(), u"2 kpl"_s},
        {u"109247"_s, u"Lukko Lehtonen Oy"_s, QString(), u"Koulukatu 8, 26650 Rauma"_s, u"02528209"_s, u"info@lukkolehtonen.fi"_s, u"0283030-7"_s, u"21.12.2002"_s, QString(), u"501,50"_s, u"Päivi Heikkilä"_s, u"Joulunumero"_s},
        {u"110344"_s, u"Myllypuron srk"_s, u"Ostot"_s, u"Sorvarinkatu 17, 45100 KOUVOLA"_s, u"(05) 692 259"_s, u"myllypuron.seurakunta.kouvola@evl.fi"_s, u"1304561-1"_s, u"3.5.2007"_s, QString(), u"8,70"_s, u"Erkki Tuominen"_s, u"Kestotilaus"_s},
        {u"110889"_s, u"Valkeakosken Veneseura ry"_s, u"Reskontra"_s, u"Ahjokuja 48 37600 VALKEAKOSKI"_s, u"050-5479972"_s, QString(), u"1071855-0"_s, u"2.3.2001"_s, u"10.11.2007"_s, u"96,35"_s, u"Karjalainen Sofia"_s, u"Joulunumero"_s},
        {u"111339"_s, u"Kauniaisten Marttayhdistys ry"_s, u"Hallinto"_s, u"Puistokatu 18, 02700 KAUNIAINEN"_s, QString(), u"kauniaisten.marttayhdistys@hotmail.com"_s, u"0040330-1"_s, u"13.1.1998"_s, u"12.1.2008"_s, u"18,70"_s, u"Pekka Tuominen"_s, u"Joulunumero"_s},
        {u"112766"_s, u"Alakylän Kyläseura ry  "_s, u"Ostot"_s, u"Koulukatu 58 57760 Savonlinna"_s, u"+358 40 438 3556"_s, u"alakylan.kylaseura@elisanet.fi"_s, QString(), u"5.8.2001"_s, QString(), u"39,87"_s, u"Mats Mattila"_s, QString()},
        {u"117080"_s, u"Marja-Leena Åström"_s, QString(), u"Metsäpolku 10, 33920 TAMPERE"_s, u"050-1339719"_s, QString(), QString(), u"15.8.2006"_s, QString(), u"241,84"_s, QString(), u"Kestotilaus"_s},
        {u"117476"_s, u"Putkityö Lahtinen Oy"_s, QString(), u"Valtakatu 33,50100 MIKKELI"_s, u"050 229 1680"_s, u"asiakaspalvelu@putkityolahtinen.fi"_s, u"1618906-3"_s, u"27.5.2003"_s, QString(), u"164,68"_s, u"Riitta Mäkelä"_s, u"Lasku sähköpostiin"_s},
        {u"118746"_s, u"Bageri Sjöberg & Co Ab"_s, QString(), u"Urheilukatu 52, 65610 MUSTASAARI"_s, u"67171683"_s, u"myynti@bagerisjobergco.fi"_s, QString(), u"13.9.1998"_s, u"8.3.2009"_s, u"265,63"_s, u"Jari Lindroos"_s, QString()},
        {u"121415"_s, u"Hämäläinen Sirpa"_s, QString(), u"Kartanontie 8 92100 RAAHE"_s, u"506619116"_s, u"sirpa.hamalainen@hotmail.com"_s, QString(), u"7.1.1998"_s, QString(), u"49,60"_s, QString(), QString()},
        {u"124154"_s, u"Tuominen Sami"_s, QString(), u"Sahatie 31 A 13, 04300 Tuusula"_s, u"045 118 0675"_s, u"sami.tuominen@suomi24"_s, QString(), u"16.3.2003"_s, u"23.9.2007"_s, u"32,11"_s, QString(), u"Kestotilaus"_s},
        {u"126123"_s, u"Leipomo Laitinen Tmi"_s, QString(), u"Kuusitie 48, 28100 Pori"_s, u"040-1896284"_s, u"leipomo.laitinen@netti.fi"_s, u"1204370-2"_s, u"26.12.1998"_s, QString(), u"157,66"_s, u"Birgitta Pääkkönen"_s, u"Lasku sähköpostiin"_s},
        {u"128290"_s, u"Arkkitehtitoimisto Mölsä Oy"_s, u"Reskontra"_s, u"Pappilantie 11 93600 Kuusamo"_s, u"082033323"_s, u"myynti@arkkitehtitoimistomolsa.fi"_s, QString(), u"19.11.2001"_s, QString(), u"17,50"_s, u"Märta Sjöberg"_s, QString()},
};
const QList<QStringList> sonet{
        {u"CustNo"_s, u"Name1"_s, u"Name2"_s, u"Street"_s, u"Zip"_s, u"City"_s, u"Country"_s, u"VAT"_s, u"Phone"_s, u"Contact"_s, u"Sales2007"_s, u"Created"_s, u"LastOrder"_s},
        {u"=10003"_s, u"Tmi Jari Österlund"_s, QString(), u"Sahat. 43"_s, u"=78200"_s, u"VARKAUS"_s, u"Finland"_s, u"FI08657285"_s, u"+358 (0)17 673 0458"_s, u"Leena Heikkinen"_s, u"=607.9"_s, u"~38143"_s, u"~39103"_s},
        {u"=10009"_s, u"Mikkelin Johanneksen"_s, u"seurakunta"_s, u"Postilokero 224"_s, u"50431"_s, u"Mikkeli"_s, u"FI"_s, u"FI09088715"_s, u"015 569 8609"_s, u"A. Heikkinen"_s, u"=9722.959999999999"_s, u"~36351"_s, u"~38920"_s},
        {u"=10016"_s, u"Konepaja Hämäläinen Ky"_s, QString(), u"Linnank. 30"_s, u"=6720"_s, u"PORVOO"_s, u"FI"_s, u"FI23275154"_s, u"019 306 9550"_s, u"Päivikki Österlund"_s, u"=136.66"_s, u"~36292"_s, u"~39129"_s},
        {u"=10018"_s, u"Sisunet Consulting Ky"_s, QString(), u"Ojakatu 12"_s, u"=36200"_s, u"KANGASALA"_s, QString(), u"FI18992706"_s, u"050 956 0099"_s, u"Sofia Österlund"_s, u"=397.49"_s, u"~36229"_s, u"~39343"_s},
        {u"=10023"_s, u"Helsingin Metsästysseura ry"_s, QString(), u"Torikatu 58"_s, u"=100"_s, u"Helsinki"_s, u"FI"_s, u"FI11443990"_s, u"+358 45 294 8747"_s, u"Sofia Karjalainen"_s, u"=489.89"_s, u"~37671"_s, u"~38867"_s},
        {u"=10031"_s, u"Talotekniikka Tähtinen"_s, u"Oy"_s, u"Pajatie 2"_s, u"13590"_s, u"Hämeenlinna"_s, u"FI"_s, u"FI09019111"_s, u"03 344 758"_s, u"Sari Pesonen"_s, u"=561.04"_s, u"~38598"_s, u"~39042"_s},
        {u"=10033"_s, u"Paraisten Konsultointi Oy"_s, QString(), u"Ojakatu 137"_s, u"=21600"_s, u"Parainen"_s, QString(), u"FI17672364"_s, u"02 855 4535"_s, u"Mats Kärkkäinen"_s, u"=2051.68"_s, u"~36948"_s, u"~39276"_s},
        {u"=10043"_s, u"Maarianhaminan seurakunta"_s, QString(), u"Kauppakatu 31"_s, u"22100"_s, u"Maarianhamina"_s, u"FI"_s, u"FI28455787"_s, QString(), u"Tiina Jokinen"_s, u"=12986.71"_s, u"~37494"_s, u"~39149"_s},
        {u"=10063"_s, u"Meritekniikka Oy"_s, QString(), u"Sahatie 53"_s, u"=93100"_s, u"Pudasjärvi"_s, u"FI"_s, u"FI04415481"_s, u"+358 8 895 6723"_s, u"Björn Söderström"_s, u"=1418.91"_s, u"~37730"_s, u"~38873"_s},
        {u"=10069"_s, u"Porin ortodoksinen"_s, u"seurakunta"_s, u"Urheilukatu 49a"_s, u"28810"_s, u"PORI"_s, u"FI"_s, u"FI03470913"_s, u"+358 2 765 853"_s, u"Stefan Saarinen"_s, u"=5596.1"_s, u"~37105"_s, u"~39375"_s},
        {u"=10073"_s, u"Inarin Urheiluseura r.y."_s, u"c/o Tilitoimisto Laine"_s, u"Tehtaankatu 30"_s, u"99800"_s, u"INARI"_s, u"Finland"_s, u"FI00130817"_s, u"+358 40 766 3279"_s, u"Aino Koskinen"_s, u"=1395.75"_s, u"~38935"_s, u"~39367"_s},
};
const QList<QStringList> prospects{
        {u"PROSPEKTILISTA 2007 – messut ja kampanjat (päivitetty 12.12.2007)"_s, QString(), QString(), QString(), QString(), QString(), QString(), QString()},
        {QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString()},
        {u"Yritys"_s, u"Yhteyshenkilö"_s, u"Titteli"_s, u"Puhelin"_s, u"Sähköposti"_s, u"Kunta"_s, u"Lähde"_s, u"Status"_s},
        {u"Äänekosken Kiinteistöhuolto Ky"_s, u"J. Åkerman"_s, u"Markkinointipäällikkö"_s, u"040-2576207"_s, u"INFO@AANEKOSKENKIINTEISTOHUOLTO.FI"_s, u"Äänekoski"_s, u"Messut 2007"_s, u"Soita syksyllä"_s},
        {u"Äänekosken Maalaus Oy"_s, u"Antti Mattila"_s, u"Hankintapäällikkö"_s, u"(014) 896 323"_s, u"toimisto@aanekoskenmaalaus.fi"_s, u"Äänekoski"_s, u"Kampanja kevät 07"_s, u"Asiakas"_s},
        {u"Kahvila Heikkinen Oy"_s, u"Anne Väisänen"_s, u"Markkinointipäällikkö"_s, u"014-260584"_s, u"info@kahvilaheikkinen.fi"_s, u"Äänekoski"_s, u"Kirkkopäivät"_s, u"Uusi"_s},
        {u"Kivituote Oy"_s, QString(), u"Markkinointipäällikkö"_s, u"(014) 657 641"_s, u"contact@kivituote.fi"_s, u"Äänekoski"_s, u"Kampanja kevät 07"_s, u"Asiakas"_s},
        {u"Metsäpalvelu Åkerman Oy"_s, u"Matti Salonen"_s, u"Talouspäällikkö"_s, u"014-560303"_s, QString(), u"Äänekoski"_s, u"Puhelinmyynti"_s, u"Asiakas"_s},
        {u"Ahtidata Service Ky"_s, u"Laine Sari"_s, u"Omistaja"_s, u"+358 41 930 4238"_s, u"AHTIDATA.SERVICE@PP.INET.FI"_s, u"Akaa"_s, u"Messut 2006"_s, u"Asiakas"_s},
        {u"Akaan Optiikka Oy"_s, u"Björn Salminen"_s, u"Talouspäällikkö"_s, u"03 743 644"_s, u"toimisto@akaanoptiikka.fi"_s, u"Akaa"_s, u"Kirkkopäivät"_s, u"Kontaktoitu"_s},
        {u"Akaan Taideyhdistys ry"_s, u"Ritva Rantanen"_s, QString(), u"+358 3 375 715"_s, QString(), u"Akaa"_s, u"Puhelinmyynti"_s, u"Asiakas"_s},
        {u"Insinööritoimisto Lönnqvist Oy"_s, u"Hanna Lindqvist"_s, u"Hankintapäällikkö"_s, u"+358 3 335 3128"_s, u"contact@insinooritoimistolonnqvist.fi"_s, u"Akaa"_s, u"Ostettu lista"_s, u"Asiakas"_s},
        {u"Kirjapaino Heinonen Ky"_s, u"Jari Karjalainen"_s, u"Toimitusjohtaja"_s, u"0447924032"_s, u"kirjapaino.heinonen@luukku.com"_s, u"Akaa"_s, u"Messut 2007"_s, u"Uusi"_s},
};
const QList<QStringList> cirix{
        {u"ID"_s, u"ORGANISAATIO"_s, u"ETUNIMI"_s, u"SUKUNIMI"_s, u"OSOITE"_s, u"POSTINUMERO"_s, u"TOIMIPAIKKA"_s, u"PUHELIN"_s, u"EMAIL"_s, u"LISÄTIETO"_s},
        {u"=5001"_s, u"LAPPEENRANNAN KAHVILA KY"_s, u"RIITTA"_s, u"LAINE"_s, u"VASARAKATU 42"_s, u"53100"_s, u"LAPPEENRANTA"_s, u"0406497461"_s, u"LAPPEENRANNAN.KAHVILA@KOLUMBUS.FI"_s, u"EI KUTSUJA"_s},
        {u"=5002"_s, u"KOTIPLAN TUOTANTO OY"_s, u"ULLA"_s, u"ÖHMAN"_s, u"LINNANKATU 50"_s, u"08390"_s, u"LOHJA"_s, u"019-8384014"_s, u"ULLA.OHMAN@KOTIPLANTUOTANTO.FI"_s, QString()},
        {u"=5003"_s, u"T:MI MATTI KÄRKKÄINEN"_s, u"YRJÖ"_s, u"SAARINEN"_s, u"VALTAKATU 40"_s, u"83500"_s, u"OUTOKUMPU"_s, u"013 544 944"_s, u"YRJO.SAARINEN@MATTIKARKKAINEN.FI"_s, u"EI KUTSUJA"_s},
        {u"=5004"_s, u"KAUHAVAN TURVAPALVELU OY"_s, u"YRJÖ"_s, u"VÄÄNÄNEN"_s, u"SORVARINKATU 60"_s, u"62200"_s, u"KAUHAVA"_s, u"06-636152"_s, u"CONTACT@KAUHAVANTURVAPALVELU.FI"_s, u"PERUNUT"_s},
        {u"=5005"_s, u"KONSULTOINTI ÖHMAN OY"_s, u"PEKKA"_s, u"NURMI"_s, u"PL 400"_s, u"55101"_s, u"IMATRA"_s, u"+358 5 730 5535"_s, u"TOIMISTO@KONSULTOINTIOHMAN.FI"_s, u"PERUNUT"_s},
        {u"=5006"_s, u"MASKIN BLOMQVIST & CO AB"_s, u"INGRID"_s, u"FORSMAN"_s, u"PUISTOKATU 14"_s, u"64200"_s, u"NÄRPIÖ"_s, u"06-406064"_s, u"MYYNTI@MASKINBLOMQVISTCO.FI"_s, u"ILMOITTAUTUNUT PUHELIMITSE"_s},
        {u"=5007"_s, u"TEKTEK KY"_s, u"KARI"_s, u"KETTUNEN"_s, u"TÄHTITORNINKATU 48"_s, u"64100"_s, u"KRISTIINANKAUPUNKI"_s, u"0408913938"_s, u"ASIAKASPALVELU@TEKTEK.FI"_s, u"VIP"_s},
        {u"=5008"_s, QString(), u"BJÖRN"_s, u"LEHTONEN"_s, u"KUUSITIE 46"_s, u"64100"_s, u"KRISTIINANKAUPUNKI"_s, u"040 525 8565"_s, u"BJORN.LEHTONEN@LUUKKU.COM"_s, u"MAKSETTU"_s},
        {u"=5009"_s, u"SAHKO VAANANEN OY"_s, u"LAURI"_s, u"MUSTONEN"_s, u"RAUTATIENKATU 66"_s, u"94100"_s, u"KEMI"_s, u"0167978892"_s, u"MYYNTI@SAHKOVAANANEN.FI"_s, u"TAPAHTUMA: MESSUT 2007"_s},
        {u"=5010"_s, u"LEIPOMO LINDHOLM OY"_s, u"BJÖRN"_s, u"VIRTANEN"_s, u"KAUPPAKATU 40"_s, u"78200"_s, u"VARKAUS"_s, u"+358 17 503 1433"_s, QString(), u"ILMOITTAUTUNUT PUHELIMITSE"_s},
        {u"=5011"_s, u"TUUSULAN OPTIIKKA KY"_s, u"TIMO"_s, u"SÖDERSTRÖM"_s, u"MÄKITORPANTIE 37"_s, u"04300"_s, u"TUUSULA"_s, u"044 685 7049"_s, u"INFO@TUUSULANOPTIIKKA.FI"_s, u"EI KUTSUJA"_s},
        {u"=5012"_s, QString(), u"HANNU"_s, u"KOKKONEN"_s, u"HAKAMÄENTIE 43 A 1"_s, u"95400"_s, u"TORNIO"_s, u"041 826 1781"_s, u"HANNU.KOKKONEN@WELHO.COM"_s, u"MAKSETTU"_s},
        {u"=5013"_s, u"ESPOON LVI OY"_s, u"RITVA"_s, u"LINDROOS"_s, u"ITSENÄISYYDENKATU 107"_s, u"02410"_s, u"ESPOO"_s, u"096337712"_s, u"RITVA.LINDROOS@ESPOONLVI.FI"_s, u"TAPAHTUMA: KIRKKOPÄIVÄT 2006"_s},
        {u"=5014"_s, QString(), u"BJÖRN"_s, u"KYLMÄLÄ"_s, u"VALTAKATU 7"_s, u"04130"_s, u"SIPOO"_s, u"097930066"_s, u"BJORN.KYLMALA@NETTI.FI"_s, u"PERUNUT"_s},
};
// clang-format on

QList<SheetRow> typedRows(const QList<QStringList>& rows, int firstNumber = 1)
{
    QList<SheetRow> sheet;
    int number = firstNumber;
    for (const QStringList& texts : rows) {
        SheetRow row;
        row.number = number++;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const QString& t = texts.at(i);
            if (t.isEmpty())
                continue;
            if (t.startsWith(u'=') || t.startsWith(u'~')) {
                row.cells.append(luotsi::test::numberCell(int(i), t.mid(1).toDouble(),
                                                          t.startsWith(u'~') ? CellType::DateTime
                                                                             : CellType::Number));
            } else {
                SheetCell cell;
                cell.column = int(i);
                cell.text = t;
                row.cells.append(cell);
            }
        }
        sheet.append(row);
    }
    return sheet;
}

MappingSuggestion suggestFor(const QList<QStringList>& rows, const QString& sheet)
{
    return ColumnSuggester().suggestForSheet(sheet, typedRows(rows));
}

QList<F> fieldsOf(const MappingSuggestion& s)
{
    QList<F> fields;
    for (const ColumnSuggestion& c : s.columns)
        fields.append(c.field);
    return fields;
}

std::string describe(const MappingSuggestion& s)
{
    std::string text;
    for (const ColumnSuggestion& c : s.columns)
        text += c.header.toStdString() + " -> " + fieldName(c.field).toStdString() + " (" +
                std::to_string(c.confidence) + ", " + c.reason.toStdString() + ")\n";
    return text;
}

} // namespace

TEST(ColumnSuggester, EnterpriseParishes)
{
    const MappingSuggestion s = suggestFor(enterpriseParishes, u"Seurakunnat"_s);
    EXPECT_EQ(s.mapping.headerRow, 1);
    EXPECT_EQ(fieldsOf(s), (QList<F>{F::SourceKey, F::Name, F::ParentName, F::Street, F::PostalCode,
                                     F::City, F::Phone, F::Email, F::BusinessId, F::ContactName,
                                     F::Ignore, F::UpdatedDate}))
        << describe(s);
    EXPECT_EQ(s.mapping.constants.value(F::Kind), u"parish"_s);
    EXPECT_EQ(s.mapping.constants.value(F::ContactTitle), u"Kirkkoherra"_s);
}

TEST(ColumnSuggester, EnterpriseParishUnions)
{
    const MappingSuggestion s = suggestFor(enterpriseUnions, u"Yhtymät"_s);
    EXPECT_EQ(fieldsOf(s),
              (QList<F>{F::SourceKey, F::Name, F::Street, F::PostalCode, F::City, F::Phone,
                        F::Email, F::BusinessId, F::ContactName, F::Ignore, F::UpdatedDate}))
        << describe(s);
    EXPECT_EQ(s.mapping.constants.value(F::Kind), u"parish_union"_s);
    EXPECT_EQ(s.mapping.constants.value(F::ContactTitle), u"Talousjohtaja"_s);
}

TEST(ColumnSuggester, SubscriberList)
{
    const MappingSuggestion s = suggestFor(subscribers, u"source1_tilaajat"_s);
    EXPECT_EQ(fieldsOf(s), (QList<F>{F::SourceKey, F::Name, F::NameContinuation, F::CombinedAddress,
                                     F::Phone, F::Email, F::BusinessId, F::CreatedDate, F::EndDate,
                                     F::Revenue, F::ContactName, F::Notes}))
        << describe(s);
    // Private persons are "Sukunimi Etunimi"; dates are d.m.yyyy.
    EXPECT_EQ(s.mapping.personNameOrder, PersonNameOrder::LastFirst);
    EXPECT_EQ(s.mapping.columnsFor(F::CreatedDate).first().dateOrder, DateOrder::DayFirst);
    EXPECT_EQ(s.mapping.columnsFor(F::EndDate).first().dateOrder, DateOrder::DayFirst);
}

TEST(ColumnSuggester, Sonet)
{
    const MappingSuggestion s = suggestFor(sonet, u"Asiakkaat"_s);
    EXPECT_EQ(fieldsOf(s), (QList<F>{F::SourceKey, F::Name, F::NameContinuation, F::Street,
                                     F::PostalCode, F::City, F::Country, F::BusinessId, F::Phone,
                                     F::ContactName, F::Revenue, F::CreatedDate, F::LastOrderDate}))
        << describe(s);
    EXPECT_FALSE(s.mapping.personWhenNoOrganisation);
}

TEST(ColumnSuggester, ProspectsWithTitleRows)
{
    const MappingSuggestion s = suggestFor(prospects, u"Prospektit"_s);
    EXPECT_EQ(s.mapping.headerRow, 3);
    EXPECT_EQ(fieldsOf(s), (QList<F>{F::Name, F::ContactName, F::ContactTitle, F::Phone, F::Email,
                                     F::City, F::Notes, F::Status}))
        << describe(s);
}

TEST(ColumnSuggester, CirixParticipants)
{
    const MappingSuggestion s = suggestFor(cirix, u"CIRIX"_s);
    EXPECT_EQ(fieldsOf(s),
              (QList<F>{F::SourceKey, F::Name, F::ContactFirstName, F::ContactLastName, F::Street,
                        F::PostalCode, F::City, F::Phone, F::Email, F::Notes}))
        << describe(s);
    // ORGANISAATIO empty: the participant is a private person.
    EXPECT_TRUE(s.mapping.personWhenNoOrganisation);
}

TEST(ColumnSuggester, PersonColumnsWithoutAnOrganisationAreThePerson)
{
    const MappingSuggestion s = ColumnSuggester().suggest(
        {u"Etunimi"_s, u"Sukunimi"_s, u"Postinumero"_s},
        {{u"Matti"_s, u"Virtanen"_s, u"00100"_s}, {u"Anna"_s, u"Laine"_s, u"33100"_s}});
    EXPECT_EQ(fieldsOf(s), (QList<F>{F::FirstName, F::LastName, F::PostalCode}));
    EXPECT_EQ(s.mapping.constants.value(F::Kind), u"person"_s);
}

TEST(ColumnSuggester, ValuesSpeakWhenHeadersDoNot)
{
    const MappingSuggestion s = ColumnSuggester().suggest(
        {u"Kenttä 1"_s, u"Kenttä 2"_s, u"Kenttä 3"_s, u"Kenttä 4"_s, u"Kenttä 5"_s},
        {{u"1234567-1"_s, u"info@firma.fi"_s, u"00100"_s, u"040 123 4567"_s,
          u"Koulukatu 1, 00100 Helsinki"_s},
         {u"0865728-5"_s, u"myynti@yritys.fi"_s, u"33100"_s, u"09 123 456"_s,
          u"Hämeenkatu 5, 33100 Tampere"_s},
         {u"2463542-2"_s, u"toimisto@oy.fi"_s, u"90100"_s, u"050-1234567"_s,
          u"Kirkkokatu 2 90100 OULU"_s},
         {u"1718883-9"_s, u"a.b@c.fi"_s, u"40100"_s, u"+358 40 1234567"_s,
          u"Kauppakatu 3, 40100 Jyväskylä"_s}});
    EXPECT_EQ(fieldsOf(s),
              (QList<F>{F::BusinessId, F::Email, F::PostalCode, F::Phone, F::CombinedAddress}))
        << describe(s);
    for (const ColumnSuggestion& c : s.columns)
        EXPECT_LT(c.confidence, 0.9) << c.header.toStdString();
}

TEST(ColumnSuggester, AmbiguousDatesAreFlaggedNotGuessed)
{
    const MappingSuggestion s = ColumnSuggester().suggest(
        {u"Nimi"_s, u"Luotu"_s},
        {{u"A Oy"_s, u"1.2.2007"_s}, {u"B Oy"_s, u"3.4.2007"_s}, {u"C Oy"_s, u"11.12.2006"_s}});
    ASSERT_EQ(s.mapping.columnsFor(F::CreatedDate).size(), 1);
    EXPECT_EQ(s.mapping.columnsFor(F::CreatedDate).first().dateOrder, DateOrder::Unknown);
    ASSERT_EQ(s.remarks.size(), 1);
    EXPECT_TRUE(s.remarks.first().contains(u"Luotu"_s));
}

TEST(ColumnSuggester, HeadersInSwedishAndEnglish)
{
    const MappingSuggestion s = ColumnSuggester().suggest(
        {u"Kundnummer"_s, u"Företag"_s, u"FO-nummer"_s, u"Gatuadress"_s, u"Postnummer"_s, u"Ort"_s,
         u"Telefon"_s, u"E-post"_s, u"Kontaktperson"_s, u"Business ID"_s},
        {});
    EXPECT_EQ(fieldsOf(s), (QList<F>{F::SourceKey, F::Name, F::BusinessId, F::Street, F::PostalCode,
                                     F::City, F::Phone, F::Email, F::ContactName, F::Ignore}))
        << describe(s);
}

TEST(HeaderRowDetector, FindsTheHeaderUnderATitleAndABlankRow)
{
    const QList<SheetRow> rows = typedRows(prospects);
    EXPECT_EQ(HeaderRowDetector::detect(rows).row, 3);
    EXPECT_EQ(HeaderRowDetector::detect(typedRows(sonet)).row, 1);
    EXPECT_EQ(HeaderRowDetector::detect(typedRows(cirix)).row, 1);
    EXPECT_EQ(HeaderRowDetector::detect(typedRows(subscribers)).row, 1);
    // Blank rows in front are not counted away: the header keeps its row number.
    EXPECT_EQ(HeaderRowDetector::detect(typedRows(sonet, 5)).row, 5);
    EXPECT_EQ(HeaderRowDetector::detect({}).row, 0);
}
