<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>AddressCleaner</name>
    <message>
        <source>Extra spaces removed.</source>
        <translation>Ylimääräiset välilyönnit poistettu.</translation>
    </message>
    <message>
        <source>Street abbreviation written out.</source>
        <translation>Kadunnimen lyhenne kirjoitettu auki.</translation>
    </message>
    <message>
        <source>Unknown country; kept as written.</source>
        <translation>Tuntematon maa; säilytetty sellaisenaan.</translation>
    </message>
    <message>
        <source>Not a Finnish postal code; left out.</source>
        <translation>Ei suomalainen postinumero; jätetty pois.</translation>
    </message>
    <message>
        <source>Lost leading zeros restored.</source>
        <translation>Kadonneet etunollat palautettu.</translation>
    </message>
    <message>
        <source>Lost leading zeros restored, but the city does not confirm the code; please check.</source>
        <translation>Kadonneet etunollat palautettu, mutta postitoimipaikka ei vahvista numeroa; tarkista.</translation>
    </message>
    <message>
        <source>City name spelled out.</source>
        <translation>Postitoimipaikan nimi kirjoitettu auki.</translation>
    </message>
    <message>
        <source>The postal code belongs to another city; please check.</source>
        <translation>Postinumero kuuluu toiselle postitoimipaikalle; tarkista.</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>writing the audit log</source>
        <translation>muutoshistorian tallentaminen</translation>
    </message>
    <message>
        <source>reading the change history</source>
        <translation>muutoshistorian lukeminen</translation>
    </message>
</context>
<context>
    <name>BasicDataSection</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>Official name, e.g. Hämeen Kone Oy</source>
        <translation>Virallinen nimi, esim. Hämeen Kone Oy</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>&amp;Y-tunnus:</translation>
    </message>
    <message>
        <source>1234567-8</source>
        <translation>1234567-8</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tyypp&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ki&amp;eli:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Vastuuhenkilö:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ti&amp;la:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Li&amp;sätiedot:</translation>
    </message>
</context>
<context>
    <name>BatchUndo</name>
    <message>
        <source>Batch %1 has already been undone.</source>
        <translation>Tuontierä %1 on jo peruttu.</translation>
    </message>
    <message>
        <source>batch %1, imported later, changed this customer; undo it first</source>
        <translation>myöhemmin tuotu tuontierä %1 muutti tätä asiakasta; peru se ensin</translation>
    </message>
    <message>
        <source>the customer was removed after the import</source>
        <translation>asiakas on poistettu tuonnin jälkeen</translation>
    </message>
    <message>
        <source>the customer was edited after the import</source>
        <translation>asiakasta on muokattu tuonnin jälkeen</translation>
    </message>
    <message>
        <source>The batch&apos;s record of customer %1 is unreadable.</source>
        <translation>Tuontierään tallennettuja asiakkaan %1 tietoja ei voi lukea.</translation>
    </message>
</context>
<context>
    <name>BulkCustomerWriter</name>
    <message>
        <source>adding the customer</source>
        <translation>asiakkaan lisääminen</translation>
    </message>
    <message>
        <source>adding contact persons</source>
        <translation>yhteyshenkilöiden lisääminen</translation>
    </message>
    <message>
        <source>adding addresses</source>
        <translation>osoitteiden lisääminen</translation>
    </message>
    <message>
        <source>adding phone numbers, emails and web sites</source>
        <translation>yhteystietojen lisääminen</translation>
    </message>
    <message>
        <source>adding relationships</source>
        <translation>asiakkuuksien lisääminen</translation>
    </message>
    <message>
        <source>adding source keys</source>
        <translation>lähdeavainten lisääminen</translation>
    </message>
    <message>
        <source>adding to the timeline</source>
        <translation>merkinnän lisääminen aikajanalle</translation>
    </message>
    <message>
        <source>The parent must come before its units in the batch.</source>
        <translation>Erässä yläorganisaation on oltava ennen sen yksiköitä.</translation>
    </message>
    <message>
        <source>adding matching keys</source>
        <translation>täsmäytysavainten lisääminen</translation>
    </message>
</context>
<context>
    <name>ChannelCleaner</name>
    <message>
        <source>Lost leading zero of the number restored.</source>
        <translation>Numeron kadonnut etunolla palautettu.</translation>
    </message>
    <message>
        <source>Not a valid phone number; left out.</source>
        <translation>Ei kelvollinen puhelinnumero; jätetty pois.</translation>
    </message>
    <message>
        <source>&quot;mailto:&quot; removed</source>
        <translation>”mailto:” poistettu</translation>
    </message>
    <message>
        <source>quotes removed</source>
        <translation>ympäröivät lainausmerkit tai kulmasulkeet poistettu</translation>
    </message>
    <message>
        <source>&quot;(at)&quot; written as @</source>
        <translation>”(at)” korvattu merkillä @</translation>
    </message>
    <message>
        <source>spaces around @ removed</source>
        <translation>välilyönnit @-merkin ympäriltä poistettu</translation>
    </message>
    <message>
        <source>doubled @ made single</source>
        <translation>kahdennettu @ korjattu yhdeksi</translation>
    </message>
    <message>
        <source>comma before the domain ending made a dot</source>
        <translation>pilkku ennen verkkotunnuksen päätettä korjattu pisteeksi</translation>
    </message>
    <message>
        <source>trailing dot removed</source>
        <translation>loppupiste poistettu</translation>
    </message>
    <message>
        <source>Not a valid email address; left out.</source>
        <translation>Ei kelvollinen sähköpostiosoite; jätetty pois.</translation>
    </message>
    <message>
        <source>Email repaired: %1.</source>
        <translation>Sähköpostiosoite korjattu: %1.</translation>
    </message>
    <message>
        <source>Not a web address; left out.</source>
        <translation>Ei verkko-osoite; jätetty pois.</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Unknown import target &quot;%1&quot;.</source>
        <translation>Tuntematon tuonnin kohde ”%1”.</translation>
    </message>
    <message>
        <source>Unknown person name order &quot;%1&quot;.</source>
        <translation>Tuntematon henkilönimen järjestys ”%1”.</translation>
    </message>
    <message>
        <source>Expected %1.</source>
        <translation>Odotettiin arvoa: %1.</translation>
    </message>
    <message>
        <source>The sheet has no column &quot;%1&quot; (%2).</source>
        <translation>Taulukossa ei ole saraketta ”%1” (%2).</translation>
    </message>
    <message>
        <source>Not a mapping profile: %1 at character %2.</source>
        <translation>Ei tuontiprofiili: %1 merkin %2 kohdalla.</translation>
    </message>
    <message>
        <source>Not a mapping profile: the file holds no JSON object.</source>
        <translation>Ei tuontiprofiili: tiedostossa ei ole JSON-objektia.</translation>
    </message>
    <message>
        <source>Not a Luotsi mapping profile.</source>
        <translation>Ei Luotsin tuontiprofiili.</translation>
    </message>
    <message>
        <source>The profile&apos;s format version %1 is not supported (this version of Luotsi reads up to %2).</source>
        <translation>Tuontiprofiilin muotoversiota %1 ei tueta (tämä Luotsin versio lukee versioon %2 asti).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a column letter.</source>
        <translation>”%1” ei ole sarakkeen kirjaintunnus.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Tuntematon kenttä ”%1”.</translation>
    </message>
    <message>
        <source>Unknown date order &quot;%1&quot;.</source>
        <translation>Tuntematon päivämäärän järjestys ”%1”.</translation>
    </message>
    <message>
        <source>Column %1 is mapped twice.</source>
        <translation>Sarake %1 on määritetty kahdesti.</translation>
    </message>
</context>
<context>
    <name>ColumnSuggester</name>
    <message>
        <source>header &quot;%1&quot;</source>
        <translation>otsikko ”%1”</translation>
    </message>
    <message>
        <source>values hold street, postal code and city</source>
        <translation>arvoissa on katuosoite, postinumero ja postitoimipaikka</translation>
    </message>
    <message>
        <source>values look like email addresses</source>
        <translation>arvot näyttävät sähköpostiosoitteilta</translation>
    </message>
    <message>
        <source>values look like business IDs</source>
        <translation>arvot näyttävät Y-tunnuksilta</translation>
    </message>
    <message>
        <source>values look like postal codes</source>
        <translation>arvot näyttävät postinumeroilta</translation>
    </message>
    <message>
        <source>values look like phone numbers</source>
        <translation>arvot näyttävät puhelinnumeroilta</translation>
    </message>
    <message>
        <source>values are dates</source>
        <translation>arvot ovat päivämääriä</translation>
    </message>
    <message>
        <source>values are amounts</source>
        <translation>arvot ovat rahasummia</translation>
    </message>
    <message>
        <source>values look like street addresses</source>
        <translation>arvot näyttävät katuosoitteilta</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>ei arvoja</translation>
    </message>
    <message>
        <source>nothing known of this column</source>
        <translation>sarakkeen sisältöä ei tunnistettu</translation>
    </message>
    <message>
        <source>No header row found: the columns are unnamed.</source>
        <translation>Otsikkoriviä ei löytynyt: sarakkeilla ei ole nimiä.</translation>
    </message>
    <message>
        <source>Rows without &quot;%1&quot; but with a person&apos;s name are private persons; the names on the other rows are contact persons.</source>
        <translation>Rivit, joilla sarake ”%1” on tyhjä mutta henkilön nimi on annettu, ovat yksityishenkilöitä; muilla riveillä henkilöt ovat yhteyshenkilöitä.</translation>
    </message>
    <message>
        <source>Every row is a private person.</source>
        <translation>Jokainen rivi on yksityishenkilö.</translation>
    </message>
    <message>
        <source>its field went to a more certain column</source>
        <translation>sen kenttä annettiin varmemmalle sarakkeelle</translation>
    </message>
    <message>
        <source>The dates in column %1 (&quot;%2&quot;, e.g. %3) read both as day.month and month.day: choose the order.</source>
        <translation>Sarakkeen %1 (”%2”, esim. %3) päivämäärät voi lukea sekä muodossa päivä.kuukausi että kuukausi.päivä: valitse järjestys.</translation>
    </message>
    <message>
        <source>Private persons in &quot;%1&quot; are written last name first.</source>
        <translation>Sarakkeessa ”%1” yksityishenkilöiden nimet on kirjoitettu sukunimi edellä.</translation>
    </message>
</context>
<context>
    <name>ConversionTruth</name>
    <message>
        <source>Cannot read the truth file: %1</source>
        <translation>Vertailutiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The truth file needs the columns file, sheet, row and entity_id.</source>
        <translation>Vertailutiedostossa on oltava sarakkeet file, sheet, row ja entity_id.</translation>
    </message>
    <message>
        <source>Line %1 is not a truth row.</source>
        <translation>Rivi %1 ei ole kelvollinen vertailurivi.</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>muokkaus: %1</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>rivin lisäys</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>rivin poisto</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Osoitteet</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>Numero tai osoite</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Selite</translation>
    </message>
    <message>
        <source>Phone, email, web</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Group company</source>
        <translation>Konserniyhtiö</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Asiakkaana alkaen</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Asiakkuudet</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Lähdejärjestelmä</translation>
    </message>
    <message>
        <source>Key in the source</source>
        <translation>Avain lähdejärjestelmässä</translation>
    </message>
    <message>
        <source>Source keys</source>
        <translation>Lähdeavaimet</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Poi&amp;sta</translation>
    </message>
</context>
<context>
    <name>CustomerListRepository</name>
    <message>
        <source>counting customers</source>
        <translation>asiakkaiden laskeminen</translation>
    </message>
    <message>
        <source>reading the customer list</source>
        <translation>asiakasluettelon lukeminen</translation>
    </message>
    <message>
        <source>reading cities</source>
        <translation>paikkakuntien lukeminen</translation>
    </message>
    <message>
        <source>reading customers</source>
        <translation>asiakkaiden lukeminen</translation>
    </message>
</context>
<context>
    <name>CustomerMerger</name>
    <message>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>status active</source>
        <translation>tila: aktiivinen</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>lisätiedot</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>osoite %1</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>yhteyshenkilö %1</translation>
    </message>
    <message>
        <source>customer number %1</source>
        <translation>asiakasnumero %1</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>asiakkuus</translation>
    </message>
    <message>
        <source>source key %1 %2</source>
        <translation>lähdeavain %1 %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tyyppi</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>address</source>
        <translation>osoite</translation>
    </message>
    <message>
        <source>street</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postinumero</translation>
    </message>
    <message>
        <source>city</source>
        <translation>postitoimipaikka</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>web site</source>
        <translation>verkkosivu</translation>
    </message>
    <message>
        <source>contact&apos;s title</source>
        <translation>yhteyshenkilön titteli</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>reading %1</source>
        <translation>%1: lukeminen</translation>
    </message>
    <message>
        <source>removing from %1</source>
        <translation>%1: poistaminen</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>%1: päivittäminen</translation>
    </message>
    <message>
        <source>adding to %1</source>
        <translation>%1: lisääminen</translation>
    </message>
    <message>
        <source>reading the customer</source>
        <translation>asiakkaan lukeminen</translation>
    </message>
    <message>
        <source>Customer %1 does not exist; it may have been deleted.</source>
        <translation>Asiakasta %1 ei löydy; se on ehkä poistettu.</translation>
    </message>
    <message>
        <source>adding the customer</source>
        <translation>asiakkaan lisääminen</translation>
    </message>
    <message>
        <source>saving the customer</source>
        <translation>asiakkaan tallentaminen</translation>
    </message>
    <message>
        <source>Customer %1 does not exist any more; another user may have deleted it.</source>
        <translation>Asiakasta %1 ei enää ole; joku toinen käyttäjä on ehkä poistanut sen.</translation>
    </message>
    <message>
        <source>deleting the customer</source>
        <translation>asiakkaan poistaminen</translation>
    </message>
    <message>
        <source>Customer %1 does not exist; it may have been deleted already.</source>
        <translation>Asiakasta %1 ei löydy; se on ehkä jo poistettu.</translation>
    </message>
    <message>
        <source>reading the customer&apos;s units</source>
        <translation>asiakkaan yksiköiden lukeminen</translation>
    </message>
    <message>
        <source>Customer %1 does not exist.</source>
        <translation>Asiakasta %1 ei löydy.</translation>
    </message>
    <message>
        <source>checking the hierarchy</source>
        <translation>hierarkian tarkistaminen</translation>
    </message>
    <message>
        <source>counting customers</source>
        <translation>asiakkaiden laskeminen</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>yhteyshenkilöt</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>osoitteet</translation>
    </message>
    <message>
        <source>phone numbers, emails and web sites</source>
        <translation>yhteystiedot</translation>
    </message>
    <message>
        <source>relationships</source>
        <translation>asiakkuudet</translation>
    </message>
    <message>
        <source>source keys</source>
        <translation>lähdeavaimet</translation>
    </message>
    <message>
        <source>reading the customers</source>
        <translation>asiakkaiden lukeminen</translation>
    </message>
    <message>
        <source>restoring %1</source>
        <translation>%1: palauttaminen</translation>
    </message>
    <message>
        <source>restoring the customer</source>
        <translation>asiakkaan palauttaminen</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>The name is missing.</source>
        <translation>Nimi puuttuu.</translation>
    </message>
    <message>
        <source>Business ID &quot;%1&quot; is not valid: expected 1234567-8 with a correct check digit.</source>
        <translation>Y-tunnus ”%1” ei kelpaa: muodon on oltava 1234567-8 ja tarkistusnumeron oikea.</translation>
    </message>
    <message>
        <source>A company has no business ID.</source>
        <translation>Yritykseltä puuttuu Y-tunnus.</translation>
    </message>
    <message>
        <source>A customer cannot be its own parent.</source>
        <translation>Asiakas ei voi olla oma yläorganisaationsa.</translation>
    </message>
    <message>
        <source>Contact %1 has no name.</source>
        <translation>Yhteyshenkilö %1: nimi puuttuu.</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot; of %2 is not a valid address.</source>
        <translation>Yhteyshenkilön %2 sähköpostiosoite ”%1” ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; of %2 is not a valid number.</source>
        <translation>Yhteyshenkilön %2 puhelinnumero ”%1” ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>Postal code &quot;%1&quot; is not valid: a Finnish postal code has five digits.</source>
        <translation>Postinumero ”%1” ei kelpaa: suomalaisessa postinumerossa on viisi numeroa.</translation>
    </message>
    <message>
        <source>Address %1 is empty.</source>
        <translation>Osoite %1 on tyhjä.</translation>
    </message>
    <message>
        <source>Contact detail %1 is empty.</source>
        <translation>Yhteystieto %1 on tyhjä.</translation>
    </message>
    <message>
        <source>Email &quot;%1&quot; is not a valid address.</source>
        <translation>Sähköpostiosoite ”%1” ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>Phone &quot;%1&quot; is not a valid number.</source>
        <translation>Puhelinnumero ”%1” ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>Relationship %1 has no group company.</source>
        <translation>Asiakkuus %1: konserniyhtiö puuttuu.</translation>
    </message>
    <message>
        <source>The customer has two relationships with the same group company.</source>
        <translation>Asiakkaalla on kaksi asiakkuutta samaan konserniyhtiöön.</translation>
    </message>
</context>
<context>
    <name>DataQualityRepository</name>
    <message>
        <source>counting customers</source>
        <translation>asiakkaiden laskeminen</translation>
    </message>
    <message>
        <source>counting data-quality issues</source>
        <translation>tietojen laatupuutteiden laskeminen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Tietokantavirhe (%1): %2</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Tietokantatapahtumaa ei voi aloittaa: %1</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>Muutosta ei voi tallentaa: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for the database.</source>
        <translation>Tietokannan kansiota ei voi luoda.</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>Tietokantaa ei voi avata: %1</translation>
    </message>
    <message>
        <source>The file is not a Luotsi database or is damaged: %1</source>
        <translation>Tiedosto ei ole Luotsin tietokanta, tai se on vioittunut: %1</translation>
    </message>
</context>
<context>
    <name>DemoRegisterBuilder</name>
    <message>
        <source>The number of customers to generate must be positive.</source>
        <translation>Luotavien asiakkaiden määrän on oltava positiivinen.</translation>
    </message>
    <message>
        <source>The built-in postal code table is missing; the program is damaged.</source>
        <translation>Sisäänrakennettu postinumerotaulukko puuttuu; ohjelma on vioittunut.</translation>
    </message>
    <message>
        <source>The postal code table has no usable addresses.</source>
        <translation>Postinumerotaulukossa ei ole käyttökelpoisia osoitteita.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 customers were written; the register is usable.</source>
        <translation>Keskeytetty: %2 asiakkaasta tallennettiin %1; rekisteri on käyttökelpoinen.</translation>
    </message>
    <message>
        <source>Cannot write the truth file: %1</source>
        <translation>Vertailutiedostoa ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>There is no register here to add sales to.</source>
        <translation>Rekisteriä, johon myyntitiedot lisättäisiin, ei löydy.</translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>reading users</source>
        <translation>käyttäjien lukeminen</translation>
    </message>
    <message>
        <source>No user with login &quot;%1&quot;.</source>
        <translation>Käyttäjätunnuksella ”%1” ei löydy käyttäjää.</translation>
    </message>
    <message>
        <source>adding a user</source>
        <translation>käyttäjän lisääminen</translation>
    </message>
    <message>
        <source>reading group companies</source>
        <translation>konserniyhtiöiden lukeminen</translation>
    </message>
    <message>
        <source>adding a group company</source>
        <translation>konserniyhtiön lisääminen</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>owner %1</source>
        <translation>vastuuhenkilö %1</translation>
    </message>
    <message>
        <source>The duplicate search was cancelled; nothing was saved.</source>
        <translation>Kaksoiskappaleiden haku keskeytettiin; mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>DuplicateRepository</name>
    <message>
        <source>Reading the register for the duplicate finder failed (%1): %2</source>
        <translation>Rekisterin lukeminen kaksoiskappaleiden hakua varten epäonnistui (%1): %2</translation>
    </message>
    <message>
        <source>counting customers</source>
        <translation>asiakkaiden laskeminen</translation>
    </message>
    <message>
        <source>reading the pairs that are not duplicates</source>
        <translation>ei-kaksoiskappaleiksi merkittyjen parien lukeminen</translation>
    </message>
    <message>
        <source>remembering customers that are not duplicates</source>
        <translation>ei-kaksoiskappaleiksi merkittyjen asiakkaiden tallentaminen</translation>
    </message>
    <message>
        <source>reading the groups put off for later</source>
        <translation>myöhemmäksi siirrettyjen ryhmien lukeminen</translation>
    </message>
    <message>
        <source>retiring the open groups of earlier runs</source>
        <translation>aiempien hakujen avointen ryhmien sulkeminen</translation>
    </message>
    <message>
        <source>recording a duplicate run</source>
        <translation>kaksoiskappalehaun tallentaminen</translation>
    </message>
    <message>
        <source>recording a duplicate group</source>
        <translation>kaksoiskappaleryhmän tallentaminen</translation>
    </message>
    <message>
        <source>recording a duplicate group&apos;s member</source>
        <translation>kaksoiskappaleryhmän jäsenen tallentaminen</translation>
    </message>
    <message>
        <source>recording a duplicate pair</source>
        <translation>kaksoiskappaleparin tallentaminen</translation>
    </message>
    <message>
        <source>reading the latest duplicate run</source>
        <translation>viimeisimmän kaksoiskappalehaun lukeminen</translation>
    </message>
    <message>
        <source>reading the open duplicate groups</source>
        <translation>avointen kaksoiskappaleryhmien lukeminen</translation>
    </message>
    <message>
        <source>reading a duplicate group</source>
        <translation>kaksoiskappaleryhmän lukeminen</translation>
    </message>
    <message>
        <source>There is no duplicate group %1.</source>
        <translation>Kaksoiskappaleryhmää %1 ei ole.</translation>
    </message>
    <message>
        <source>reading the members of duplicate groups</source>
        <translation>kaksoiskappaleryhmien jäsenten lukeminen</translation>
    </message>
    <message>
        <source>reading the pairs of duplicate groups</source>
        <translation>kaksoiskappaleryhmien parien lukeminen</translation>
    </message>
    <message>
        <source>counting the open duplicate groups</source>
        <translation>avointen kaksoiskappaleryhmien laskeminen</translation>
    </message>
    <message>
        <source>recording a decision on a duplicate group</source>
        <translation>kaksoiskappaleryhmää koskevan päätöksen tallentaminen</translation>
    </message>
</context>
<context>
    <name>DuplicateTruth</name>
    <message>
        <source>Cannot read the truth file: %1</source>
        <translation>Vertailutiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The truth file needs the columns customer_id and entity, customer_a and customer_b, or file, sheet, row and entity_id.</source>
        <translation>Vertailutiedostossa on oltava sarakkeet customer_id ja entity, customer_a ja customer_b tai file, sheet, row ja entity_id.</translation>
    </message>
    <message>
        <source>Line %1 is not a truth row.</source>
        <translation>Rivi %1 ei ole kelvollinen vertailurivi.</translation>
    </message>
</context>
<context>
    <name>FieldParsers</name>
    <message>
        <source>Lost leading zero of the business ID restored.</source>
        <translation>Y-tunnuksen kadonnut etunolla palautettu.</translation>
    </message>
    <message>
        <source>The check digit of the business ID does not match; a digit was probably mistyped. Left out.</source>
        <translation>Y-tunnuksen tarkistusnumero ei täsmää; jokin numero on luultavasti kirjoitettu väärin. Jätetty pois.</translation>
    </message>
    <message>
        <source>Not a business ID; left out.</source>
        <translation>Ei Y-tunnus; jätetty pois.</translation>
    </message>
</context>
<context>
    <name>FieldSourceRepository</name>
    <message>
        <source>recording where the customer&apos;s data came from</source>
        <translation>asiakkaan tietojen alkuperän tallentaminen</translation>
    </message>
    <message>
        <source>reading where the customer&apos;s data came from</source>
        <translation>asiakkaan tietojen alkuperän lukeminen</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>There is no import batch %1.</source>
        <translation>Tuontierää %1 ei ole.</translation>
    </message>
    <message>
        <source>recording an imported row</source>
        <translation>tuodun rivin tallentaminen</translation>
    </message>
    <message>
        <source>recording an import&apos;s change</source>
        <translation>tuonnin tekemän muutoksen tallentaminen</translation>
    </message>
    <message>
        <source>starting an import batch</source>
        <translation>tuontierän aloittaminen</translation>
    </message>
    <message>
        <source>finishing an import batch</source>
        <translation>tuontierän viimeisteleminen</translation>
    </message>
    <message>
        <source>marking a batch undone</source>
        <translation>tuontierän merkitseminen perutuksi</translation>
    </message>
    <message>
        <source>reading the import history</source>
        <translation>tuontihistorian lukeminen</translation>
    </message>
    <message>
        <source>reading an import batch</source>
        <translation>tuontierän lukeminen</translation>
    </message>
    <message>
        <source>reading an import batch&apos;s rows</source>
        <translation>tuontierän rivien lukeminen</translation>
    </message>
    <message>
        <source>reading an import batch&apos;s changes</source>
        <translation>tuontierän muutosten lukeminen</translation>
    </message>
    <message>
        <source>checking later imports</source>
        <translation>myöhempien tuontien tarkistaminen</translation>
    </message>
    <message>
        <source>looking for an earlier import of the file</source>
        <translation>tiedoston aiemman tuonnin etsiminen</translation>
    </message>
    <message>
        <source>reading the import lineage</source>
        <translation>tuontiketjun lukeminen</translation>
    </message>
</context>
<context>
    <name>ImportDraft</name>
    <message>
        <source>Belongs to: %1</source>
        <translation>Kuuluu organisaatioon: %1</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Päivitys</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ei muutoksia</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mahdollinen kaksoiskappale</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ohitettu</translation>
    </message>
</context>
<context>
    <name>ImportReportWriter</name>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Rows to fix</source>
        <translation>Korjattavat rivit</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The file has no sheets.</source>
        <translation>Tiedostossa ei ole taulukoita.</translation>
    </message>
    <message>
        <source>The file has no sheet &quot;%1&quot;.</source>
        <translation>Tiedostossa ei ole taulukkoa ”%1”.</translation>
    </message>
    <message>
        <source>There is no group company with the code &quot;%1&quot;.</source>
        <translation>Konserniyhtiötä tunnuksella ”%1” ei löydy.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Riviltä puuttuu nimi.</translation>
    </message>
    <message>
        <source>Resembles customer %1 &quot;%2&quot; (score %3). %4</source>
        <translation>Muistuttaa asiakasta %1 ”%2” (vastaavuus %3). %4</translation>
    </message>
    <message>
        <source>Skipped by the admin.</source>
        <translation>Ohitettu pääkäyttäjän päätöksellä.</translation>
    </message>
    <message>
        <source>Conflict: the customer was changed in Luotsi after the export; the row would overwrite %1.</source>
        <translation>Ristiriita: asiakasta on muutettu Luotsissa viennin jälkeen; rivi korvaisi tiedot: %1.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose a file first.</source>
        <translation>Valitse ensin tiedosto.</translation>
    </message>
    <message>
        <source>The columns look like sales (revenue per customer and month): the rows become sales facts. Choose another target below if they are not.</source>
        <translation>Sarakkeet näyttävät myyntitiedoilta (myynti asiakkaittain ja kuukausittain): rivit tuodaan myyntitietoina. Jos ne eivät ole myyntitietoja, valitse alta toinen kohde.</translation>
    </message>
</context>
<context>
    <name>JunkDetector</name>
    <message>
        <source>The row is empty.</source>
        <translation>Rivi on tyhjä.</translation>
    </message>
    <message>
        <source>A totals row, not a customer.</source>
        <translation>Summarivi, ei asiakas.</translation>
    </message>
    <message>
        <source>A test row or one marked not to be used.</source>
        <translation>Testirivi tai ”ei käytössä” -merkitty rivi.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Riviltä puuttuu nimi.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Tietojen laatu</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentit</translation>
    </message>
</context>
<context>
    <name>MappingAdvisor</name>
    <message>
        <source>No sheet of the file has rows to import.</source>
        <translation>Missään tiedoston taulukossa ei ole tuotavia rivejä.</translation>
    </message>
    <message>
        <source>The file has no sheet &quot;%1&quot;.</source>
        <translation>Tiedostossa ei ole taulukkoa ”%1”.</translation>
    </message>
</context>
<context>
    <name>MappingProfileStore</name>
    <message>
        <source>Cannot read the profile: %1</source>
        <translation>Tuontiprofiilia ei voi lukea: %1</translation>
    </message>
    <message>
        <source>Cannot write the profile: %1</source>
        <translation>Tuontiprofiilia ei voi tallentaa: %1</translation>
    </message>
    <message>
        <source>No mapping profile named &quot;%1&quot;.</source>
        <translation>Tuontiprofiilia ”%1” ei löydy.</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Tuontiprofiililla on oltava nimi.</translation>
    </message>
    <message>
        <source>Cannot create the profile folder.</source>
        <translation>Profiilikansiota ei voi luoda.</translation>
    </message>
    <message>
        <source>Cannot remove the profile file.</source>
        <translation>Profiilitiedostoa ei voi poistaa.</translation>
    </message>
</context>
<context>
    <name>MatchKeyRepository</name>
    <message>
        <source>updating the matching keys</source>
        <translation>täsmäytysavainten päivittäminen</translation>
    </message>
    <message>
        <source>looking for matching customers</source>
        <translation>vastaavien asiakkaiden etsiminen</translation>
    </message>
    <message>
        <source>looking up a source key</source>
        <translation>lähdeavaimen hakeminen</translation>
    </message>
    <message>
        <source>clearing the matching keys</source>
        <translation>täsmäytysavainten tyhjentäminen</translation>
    </message>
</context>
<context>
    <name>MatchScorer</name>
    <message>
        <source>Agreed: %1.</source>
        <translation>Täsmää: %1.</translation>
    </message>
    <message>
        <source>Differed: %1.</source>
        <translation>Eroaa: %1.</translation>
    </message>
    <message>
        <source>Different business IDs: %1 / %2</source>
        <translation>Eri Y-tunnukset: %1 / %2</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>business ID (one digit off)</source>
        <translation>Y-tunnus (yksi numero eri)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>name (one typo)</source>
        <translation>nimi (yksi kirjoitusvirhe)</translation>
    </message>
    <message>
        <source>name (a few typos)</source>
        <translation>nimi (muutama kirjoitusvirhe)</translation>
    </message>
    <message>
        <source>name (other words)</source>
        <translation>nimi (osin eri sanat)</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>yhtiömuoto</translation>
    </message>
    <message>
        <source>legal form (%1 / %2)</source>
        <translation>yhtiömuoto (%1 / %2)</translation>
    </message>
    <message>
        <source>private person / organisation</source>
        <translation>yksityishenkilö / organisaatio</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kunta</translation>
    </message>
    <message>
        <source>municipality (%1 / %2)</source>
        <translation>kunta (%1 / %2)</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postinumero</translation>
    </message>
    <message>
        <source>postal area</source>
        <translation>postinumeroalue</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>e-mail domain</source>
        <translation>sähköpostin verkkotunnus</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>yhteyshenkilö</translation>
    </message>
</context>
<context>
    <name>MatchSettings</name>
    <message>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>Kentän ”%1” arvon on oltava luku.</translation>
    </message>
    <message>
        <source>The matching settings are not valid JSON: %1 (at character %2).</source>
        <translation>Täsmäytysasetukset eivät ole kelvollista JSONia: %1 (merkin %2 kohdalla).</translation>
    </message>
    <message>
        <source>The matching settings must be a JSON object.</source>
        <translation>Täsmäytysasetusten on oltava JSON-objekti.</translation>
    </message>
    <message>
        <source>The thresholds must satisfy 0 ≤ reviewAbove ≤ sameAbove ≤ 1 (reviewAbove %1, sameAbove %2).</source>
        <translation>Kynnysarvoille on oltava 0 ≤ reviewAbove ≤ sameAbove ≤ 1 (reviewAbove %1, sameAbove %2).</translation>
    </message>
    <message>
        <source>maxBlockSize must be at least 2.</source>
        <translation>Kentän maxBlockSize arvon on oltava vähintään 2.</translation>
    </message>
    <message>
        <source>&quot;weights&quot; must be a JSON object.</source>
        <translation>Kentän ”weights” on oltava JSON-objekti.</translation>
    </message>
    <message>
        <source>Cannot read the matching settings: %1</source>
        <translation>Täsmäytysasetuksia ei voi lukea: %1</translation>
    </message>
    <message>
        <source>Cannot write the matching settings: %1</source>
        <translation>Täsmäytysasetuksia ei voi tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>MergeCommit</name>
    <message>
        <source>Choose the record that survives the merge.</source>
        <translation>Valitse tietue, joka säilyy yhdistämisessä.</translation>
    </message>
    <message>
        <source>Choose at least one record to merge into the survivor.</source>
        <translation>Valitse vähintään yksi tietue yhdistettäväksi säilyvään tietueeseen.</translation>
    </message>
    <message>
        <source>Customer %1 is in the merge twice.</source>
        <translation>Asiakas %1 on yhdistämisessä kahdesti.</translation>
    </message>
    <message>
        <source>“%1” is not a field a merge chooses.</source>
        <translation>”%1” ei ole kenttä, jonka arvo valitaan yhdistämisessä.</translation>
    </message>
    <message>
        <source>%1 is to come from customer %2, who is not in the merge.</source>
        <translation>Kentän ”%1” arvo pitäisi ottaa asiakkaalta %2, joka ei ole mukana yhdistämisessä.</translation>
    </message>
    <message>
        <source>Only an admin can merge customers.</source>
        <translation>Vain pääkäyttäjä voi yhdistää asiakkaita.</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>Yläorganisaatio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Visiting address</source>
        <translation>Käyntiosoite</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postiosoite</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Laskutusosoite</translation>
    </message>
</context>
<context>
    <name>MergeRepository</name>
    <message>
        <source>recording the merge</source>
        <translation>yhdistämisen tallentaminen</translation>
    </message>
    <message>
        <source>recording the merged customers</source>
        <translation>yhdistettyjen asiakkaiden tallentaminen</translation>
    </message>
    <message>
        <source>recording the rows the merge moved</source>
        <translation>yhdistämisessä siirrettyjen rivien tallentaminen</translation>
    </message>
    <message>
        <source>marking the merge undone</source>
        <translation>yhdistämisen merkitseminen perutuksi</translation>
    </message>
    <message>
        <source>Merge %1 is not an applied merge.</source>
        <translation>Yhdistäminen %1 ei ole voimassa.</translation>
    </message>
    <message>
        <source>reading the merge</source>
        <translation>yhdistämisen lukeminen</translation>
    </message>
    <message>
        <source>Merge %1 does not exist.</source>
        <translation>Yhdistämistä %1 ei löydy.</translation>
    </message>
    <message>
        <source>reading the merged customers</source>
        <translation>yhdistettyjen asiakkaiden lukeminen</translation>
    </message>
    <message>
        <source>reading the rows the merge moved</source>
        <translation>yhdistämisessä siirrettyjen rivien lukeminen</translation>
    </message>
    <message>
        <source>reading the merges</source>
        <translation>yhdistämisten lukeminen</translation>
    </message>
    <message>
        <source>reading where the customer&apos;s data came from</source>
        <translation>asiakkaan tietojen alkuperän lukeminen</translation>
    </message>
    <message>
        <source>recording where the customer&apos;s data came from</source>
        <translation>asiakkaan tietojen alkuperän tallentaminen</translation>
    </message>
    <message>
        <source>reading the hierarchy</source>
        <translation>hierarkian lukeminen</translation>
    </message>
    <message>
        <source>restoring the hierarchy</source>
        <translation>hierarkian palauttaminen</translation>
    </message>
    <message>
        <source>reading the rows of %1 to move</source>
        <translation>siirrettävien rivien lukeminen taulusta %1</translation>
    </message>
    <message>
        <source>moving the rows of %1</source>
        <translation>taulun %1 rivien siirtäminen</translation>
    </message>
    <message>
        <source>moving back the rows of %1</source>
        <translation>taulun %1 rivien siirtäminen takaisin</translation>
    </message>
</context>
<context>
    <name>MergeService</name>
    <message>
        <source>Choose at least two customers to merge.</source>
        <translation>Valitse vähintään kaksi yhdistettävää asiakasta.</translation>
    </message>
</context>
<context>
    <name>MergeUndo</name>
    <message>
        <source>contact persons</source>
        <translation>yhteyshenkilöt</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>osoitteet</translation>
    </message>
    <message>
        <source>phone numbers, e-mails and web sites</source>
        <translation>yhteystiedot</translation>
    </message>
    <message>
        <source>relationships</source>
        <translation>asiakkuudet</translation>
    </message>
    <message>
        <source>source keys</source>
        <translation>lähdeavaimet</translation>
    </message>
    <message>
        <source>Only an admin can undo a merge.</source>
        <translation>Vain pääkäyttäjä voi perua yhdistämisen.</translation>
    </message>
    <message>
        <source>The stored records of merge %1 are unreadable; it cannot be undone.</source>
        <translation>Yhdistämisen %1 tallennettuja tietoja ei voi lukea; yhdistämistä ei voi perua.</translation>
    </message>
    <message>
        <source>Merge %1 was undone on %2 already.</source>
        <translation>Yhdistäminen %1 on jo peruttu %2.</translation>
    </message>
    <message>
        <source>The customer took part in a later merge (%1); undo that merge first.</source>
        <translation>Asiakas on ollut mukana myöhemmässä yhdistämisessä (%1); peru se ensin.</translation>
    </message>
    <message>
        <source>The customer that survived merge %1 has been deleted since; the merge can no longer be undone.</source>
        <translation>Yhdistämisessä %1 säilynyt asiakas on sittemmin poistettu; yhdistämistä ei voi enää perua.</translation>
    </message>
    <message>
        <source>The customer has been changed since the merge (%1, last saved %2). Undoing the merge would lose that work: undo those changes first, or correct the records by hand.</source>
        <translation>Asiakasta on muutettu yhdistämisen jälkeen (%1, tallennettu viimeksi %2). Yhdistämisen peruminen hävittäisi nämä muutokset: peru ne ensin tai korjaa tiedot käsin.</translation>
    </message>
    <message>
        <source>Customer number %1, merged away here, now belongs to “%2”, created after the merge; the merge can no longer be undone.</source>
        <translation>Tässä yhdistämisessä poistunut asiakasnumero %1 kuuluu nyt asiakkaalle ”%2”, joka on luotu yhdistämisen jälkeen; yhdistämistä ei voi enää perua.</translation>
    </message>
    <message>
        <source>The merge moved data of “%1”, which this version of the program does not know; it cannot be undone here.</source>
        <translation>Yhdistäminen siirsi tietoja kohteesta ”%1”, jota tämä ohjelmaversio ei tunne; yhdistämistä ei voi perua tällä versiolla.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>preparing the schema version table</source>
        <translation>skeemaversiotaulun valmisteleminen</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>skeemaversion lukeminen</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Luotsi (schema %1; this version knows schema %2). Update Luotsi or open another database.</source>
        <translation>Tämä tietokanta on tehty Luotsin uudemmalla versiolla (skeema %1; tämä versio tuntee skeemaan %2 asti). Päivitä Luotsi tai avaa toinen tietokanta.</translation>
    </message>
    <message>
        <source>Cannot read the migration.</source>
        <translation>Skeemapäivitystä ei voi lukea.</translation>
    </message>
    <message>
        <source>migrating to schema %1 (%2)</source>
        <translation>siirtyminen skeemaan %1 – %2</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>skeemaversion tallentaminen</translation>
    </message>
</context>
<context>
    <name>NameCleaner</name>
    <message>
        <source>Extra spaces removed.</source>
        <translation>Ylimääräiset välilyönnit poistettu.</translation>
    </message>
    <message>
        <source>Abbreviation written out.</source>
        <translation>Lyhenne kirjoitettu auki.</translation>
    </message>
    <message>
        <source>Capitals corrected.</source>
        <translation>Isot ja pienet kirjaimet korjattu.</translation>
    </message>
    <message>
        <source>Legal form written in its usual form.</source>
        <translation>Yhtiömuoto kirjoitettu vakiintuneessa muodossa.</translation>
    </message>
</context>
<context>
    <name>PostalCodeTable</name>
    <message>
        <source>Cannot read the postal code file: %1</source>
        <translation>Postinumerotiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>Expected %1 columns, found %2.</source>
        <translation>Sarakkeita odotettiin %1, löytyi %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a new five-digit postal code.</source>
        <translation>”%1” ei ole viisinumeroinen postinumero, tai se on jo aiemmin tiedostossa.</translation>
    </message>
    <message>
        <source>The postal code file has no rows.</source>
        <translation>Postinumerotiedostossa ei ole rivejä.</translation>
    </message>
</context>
<context>
    <name>RecordCleaner</name>
    <message>
        <source>Unknown customer kind; guessed from the name.</source>
        <translation>Tuntematon asiakastyyppi; päätelty nimestä.</translation>
    </message>
    <message>
        <source>First and last name put in their order.</source>
        <translation>Etu- ja sukunimi asetettu oikeaan järjestykseen.</translation>
    </message>
    <message>
        <source>The date reads both as day.month and month.day; choose the column&apos;s order in the mapping. Left out.</source>
        <translation>Päivämäärän voi lukea sekä muodossa päivä.kuukausi että kuukausi.päivä; valitse sarakkeen järjestys sarakemäärityksessä. Jätetty pois.</translation>
    </message>
    <message>
        <source>Not a date; left out.</source>
        <translation>Ei päivämäärä; jätetty pois.</translation>
    </message>
    <message>
        <source>Not an amount of money; left out.</source>
        <translation>Ei rahasumma; jätetty pois.</translation>
    </message>
    <message>
        <source>Unknown language; left out.</source>
        <translation>Tuntematon kieli; jätetty pois.</translation>
    </message>
</context>
<context>
    <name>RecordMapper</name>
    <message>
        <source>The cell holds an Excel error; left empty.</source>
        <translation>Solussa on Excel-virhe; jätetty tyhjäksi.</translation>
    </message>
    <message>
        <source>The name went on in the next column; joined.</source>
        <translation>Nimi jatkui seuraavaan sarakkeeseen; osat yhdistetty.</translation>
    </message>
    <message>
        <source>No postal code or city found in the address; kept as the street.</source>
        <translation>Osoitteesta ei löytynyt postinumeroa tai postitoimipaikkaa; tallennettu katuosoitteeksi.</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Luotsi number</source>
        <translation>Luotsi-numero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Verkkosivu</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact&apos;s title</source>
        <translation>Yhteyshenkilön titteli</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Vienti keskeytettiin; tiedostoa ei kirjoitettu.</translation>
    </message>
</context>
<context>
    <name>RuleEditorChoices</name>
    <message>
        <source>%1, inactive</source>
        <translation>%1, ei aktiivinen</translation>
    </message>
</context>
<context>
    <name>RuleEvaluator</name>
    <message>
        <source>%1 €</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>No conditions: every customer</source>
        <translation>Ei ehtoja: kaikki asiakkaat</translation>
    </message>
    <message>
        <source>All of these hold</source>
        <translation>Kaikki nämä pätevät</translation>
    </message>
    <message>
        <source>At least one of these holds</source>
        <translation>Vähintään yksi näistä pätee</translation>
    </message>
    <message>
        <source>Revenue from %1, last 12 months</source>
        <translation>Myynti konserniyhtiöltä %1, 12 kk</translation>
    </message>
    <message>
        <source>no group company has the code %1</source>
        <translation>konserniyhtiötä tunnuksella %1 ei ole</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SalesFactGenerator</name>
    <message>
        <source>Cancelled: sales were generated for %1 of %2 customers.</source>
        <translation>Keskeytetty: myyntitiedot luotiin %1 / %2 asiakkaalle.</translation>
    </message>
</context>
<context>
    <name>SalesFactImportRepository</name>
    <message>
        <source>looking up a customer</source>
        <translation>asiakkaan hakeminen</translation>
    </message>
    <message>
        <source>looking up a business ID</source>
        <translation>Y-tunnuksen hakeminen</translation>
    </message>
    <message>
        <source>reading a sales fact</source>
        <translation>myyntitiedon lukeminen</translation>
    </message>
    <message>
        <source>reading the group company&apos;s customer numbers</source>
        <translation>konserniyhtiön asiakasnumeroiden lukeminen</translation>
    </message>
    <message>
        <source>reading the changes of a batch</source>
        <translation>tuontierän muutosten lukeminen</translation>
    </message>
</context>
<context>
    <name>SalesFactImporter</name>
    <message>
        <source>Group company: the row has none.</source>
        <translation>Konserniyhtiö: riviltä puuttuu konserniyhtiö.</translation>
    </message>
    <message>
        <source>Month: %1</source>
        <translation>Kuukausi: %1</translation>
    </message>
    <message>
        <source>Revenue: the row has none.</source>
        <translation>Myynti: riviltä puuttuu myynti.</translation>
    </message>
    <message>
        <source>Revenue: &quot;%1&quot; is not an amount of money.</source>
        <translation>Myynti: ”%1” ei ole rahasumma.</translation>
    </message>
    <message>
        <source>Orders: &quot;%1&quot; is not a whole number.</source>
        <translation>Tilaukset: ”%1” ei ole kokonaisluku.</translation>
    </message>
    <message>
        <source>Added to row %1: the same customer, group company and month.</source>
        <translation>Lisätty riviin %1: sama asiakas, konserniyhtiö ja kuukausi.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln row(s) summed)</source>
        <translation>
            <numerusform>(%Ln rivi laskettu yhteen)</numerusform>
            <numerusform>(%Ln riviä laskettu yhteen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln order(s)</source>
        <translation>
            <numerusform>%1: %2, %Ln tilaus</numerusform>
            <numerusform>%1: %2, %Ln tilausta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: as before</source>
        <translation>%1: ennallaan</translation>
    </message>
    <message>
        <source>%1: %2 → %3, orders %4 → %5</source>
        <translation>%1: %2 → %3, tilaukset %4 → %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeated the customer, group company and month of an earlier row: their revenue and orders were added to that row&apos;s.</source>
        <translation>
            <numerusform>%Ln rivillä oli sama asiakas, konserniyhtiö ja kuukausi kuin aiemmalla rivillä: sen myynti ja tilaukset lisättiin aiemman rivin lukuihin.</numerusform>
            <numerusform>%Ln rivillä oli sama asiakas, konserniyhtiö ja kuukausi kuin jollakin aiemmalla rivillä: niiden myynti ja tilaukset lisättiin aiemman rivin lukuihin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesFactMapping</name>
    <message>
        <source>header &quot;%1&quot;</source>
        <translation>otsikko ”%1”</translation>
    </message>
    <message>
        <source>values look like months</source>
        <translation>arvot näyttävät kuukausilta</translation>
    </message>
    <message>
        <source>values look like business IDs</source>
        <translation>arvot näyttävät Y-tunnuksilta</translation>
    </message>
    <message>
        <source>values look like amounts of money</source>
        <translation>arvot näyttävät rahasummilta</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot; has months without a year (e.g. %3): map a year column too.</source>
        <translation>Sarakkeessa %1 ”%2” on kuukausia ilman vuotta (esim. %3): määritä myös vuosisarake.</translation>
    </message>
    <message>
        <source>No column identifies the customer: map the customer&apos;s key in the source system, business ID, customer number at the group company or Luotsi customer number.</source>
        <translation>Mikään sarake ei yksilöi asiakasta: määritä jokin sarake avaimeksi lähdejärjestelmässä, Y-tunnukseksi, asiakasnumeroksi konserniyhtiössä tai Luotsi-asiakasnumeroksi.</translation>
    </message>
    <message>
        <source>No column is mapped to the month.</source>
        <translation>Mitään saraketta ei ole määritetty kuukaudeksi.</translation>
    </message>
    <message>
        <source>No column is mapped to the revenue.</source>
        <translation>Mitään saraketta ei ole määritetty myynniksi.</translation>
    </message>
    <message>
        <source>The file has no group company column: choose the group company the sales belong to.</source>
        <translation>Tiedostossa ei ole konserniyhtiösaraketta: valitse konserniyhtiö, jolle myynti kuuluu.</translation>
    </message>
</context>
<context>
    <name>SalesFactRepository</name>
    <message>
        <source>writing sales facts</source>
        <translation>myyntitietojen tallentaminen</translation>
    </message>
    <message>
        <source>A sales fact has no month.</source>
        <translation>Myyntitiedolta puuttuu kuukausi.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>asiakas %1</translation>
    </message>
    <message>
        <source>removing the batch&apos;s sales facts</source>
        <translation>tuontierän myyntitietojen poistaminen</translation>
    </message>
    <message>
        <source>removing the sales facts</source>
        <translation>myyntitietojen poistaminen</translation>
    </message>
    <message>
        <source>counting the months of sales</source>
        <translation>myyntikuukausien laskeminen</translation>
    </message>
    <message>
        <source>Customer %1 is not in the register.</source>
        <translation>Asiakas %1 ei ole rekisterissä.</translation>
    </message>
    <message>
        <source>counting the customers</source>
        <translation>asiakkaiden laskeminen</translation>
    </message>
    <message>
        <source>clearing the potential</source>
        <translation>potentiaalin tyhjentäminen</translation>
    </message>
    <message>
        <source>replacing the tags</source>
        <translation>tunnisteiden korvaaminen</translation>
    </message>
    <message>
        <source>reading the tags</source>
        <translation>tunnisteiden lukeminen</translation>
    </message>
    <message>
        <source>reading the customer&apos;s sales</source>
        <translation>asiakkaan myyntitietojen lukeminen</translation>
    </message>
    <message>
        <source>reading a sales fact</source>
        <translation>myyntitiedon lukeminen</translation>
    </message>
    <message>
        <source>removing a sales fact</source>
        <translation>myyntitiedon poistaminen</translation>
    </message>
    <message>
        <source>removing the customer&apos;s sales</source>
        <translation>asiakkaan myyntitietojen poistaminen</translation>
    </message>
    <message>
        <source>adding a tag</source>
        <translation>tunnisteen lisääminen</translation>
    </message>
    <message>
        <source>removing a tag</source>
        <translation>tunnisteen poistaminen</translation>
    </message>
    <message>
        <source>reading the potential</source>
        <translation>potentiaalin lukeminen</translation>
    </message>
    <message>
        <source>saving the potential</source>
        <translation>potentiaalin tallentaminen</translation>
    </message>
    <message>
        <source>reading the merged customers&apos; potentials</source>
        <translation>yhdistettyjen asiakkaiden potentiaalien lukeminen</translation>
    </message>
    <message>
        <source>reading the customers</source>
        <translation>asiakkaiden lukeminen</translation>
    </message>
    <message>
        <source>reading the customers&apos; relationships</source>
        <translation>asiakkaiden asiakkuuksien lukeminen</translation>
    </message>
    <message>
        <source>reading the customers&apos; facts</source>
        <translation>asiakkaiden perustietojen lukeminen</translation>
    </message>
    <message>
        <source>summing the customers&apos; sales</source>
        <translation>asiakkaiden myynnin summaaminen</translation>
    </message>
    <message>
        <source>reading the customers&apos; tags</source>
        <translation>asiakkaiden tunnisteiden lukeminen</translation>
    </message>
    <message>
        <source>reading the customers&apos; potentials</source>
        <translation>asiakkaiden potentiaalien lukeminen</translation>
    </message>
    <message>
        <source>reading the account managers</source>
        <translation>vastuuhenkilöiden lukeminen</translation>
    </message>
</context>
<context>
    <name>SalesFactResolver</name>
    <message>
        <source>Group company: the register has no group companies.</source>
        <translation>Konserniyhtiö: rekisterissä ei ole konserniyhtiöitä.</translation>
    </message>
    <message>
        <source>Group company: &quot;%1&quot; is none of the register&apos;s group companies: %2.</source>
        <translation>Konserniyhtiö: ”%1” ei ole mikään rekisterin konserniyhtiöistä: %2.</translation>
    </message>
    <message>
        <source>Customer: the row names no customer.</source>
        <translation>Asiakas: rivi ei yksilöi asiakasta.</translation>
    </message>
    <message>
        <source>Customer: %1.</source>
        <translation>Asiakas: %1.</translation>
    </message>
    <message>
        <source>no customer has the number %1</source>
        <translation>asiakasta numerolla %1 ei löydy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Luotsi customer number</source>
        <translation>”%1” ei ole Luotsi-asiakasnumero</translation>
    </message>
    <message>
        <source>no customer has the key &quot;%1&quot; in the source system &quot;%2&quot;</source>
        <translation>lähdejärjestelmässä ”%2” ei ole asiakasta avaimella ”%1”</translation>
    </message>
    <message>
        <source>the customer number &quot;%1&quot; needs the row&apos;s group company</source>
        <translation>asiakasnumeron ”%1” tulkintaan tarvitaan rivin konserniyhtiö</translation>
    </message>
    <message>
        <source>no customer has the number &quot;%1&quot; at %2</source>
        <translation>konserniyhtiössä %2 ei ole asiakasta numerolla ”%1”</translation>
    </message>
    <message>
        <source>%1 customers have the number &quot;%2&quot; at %3</source>
        <translation>konserniyhtiössä %3 on %1 asiakasta numerolla ”%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid business ID</source>
        <translation>”%1” ei ole kelvollinen Y-tunnus</translation>
    </message>
    <message>
        <source>no customer has the business ID %1</source>
        <translation>asiakasta Y-tunnuksella %1 ei löydy</translation>
    </message>
    <message>
        <source>several customers have the business ID %1; identify them by another column</source>
        <translation>usealla asiakkaalla on Y-tunnus %1; yksilöi asiakas jonkin toisen sarakkeen avulla</translation>
    </message>
</context>
<context>
    <name>SalesFactUndo</name>
    <message>
        <source>sales of %1 in group company %2: %3</source>
        <translation>myynti %1, konserniyhtiö %2: %3</translation>
    </message>
    <message>
        <source>The batch&apos;s record of a sales fact of customer %1 is unreadable.</source>
        <translation>Tuontierään tallennettua asiakkaan %1 myyntitietoa ei voi lukea.</translation>
    </message>
    <message>
        <source>the fact was removed after the import</source>
        <translation>myyntitieto on poistettu tuonnin jälkeen</translation>
    </message>
    <message>
        <source>batch %1, imported later, changed it; undo that batch first</source>
        <translation>myöhemmin tuotu tuontierä %1 muutti sitä; peru se ensin</translation>
    </message>
    <message>
        <source>it was changed after the import</source>
        <translation>sitä on muutettu tuonnin jälkeen</translation>
    </message>
</context>
<context>
    <name>SalesFactValues</name>
    <message>
        <source>The month is missing.</source>
        <translation>Kuukausi puuttuu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month.</source>
        <translation>”%1” ei ole kuukausi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year.</source>
        <translation>”%1” ei ole vuosi.</translation>
    </message>
    <message>
        <source>The month &quot;%1&quot; is not in the year %2.</source>
        <translation>Kuukausi ”%1” ei ole vuodelta %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a year: map the year column too.</source>
        <translation>”%1” tarvitsee vuoden: määritä myös vuosisarake.</translation>
    </message>
</context>
<context>
    <name>SalesFactsParticipant</name>
    <message>
        <source>A merge&apos;s record of moved sales data is unreadable: %1</source>
        <translation>Yhdistämisen tallentamia tietoja siirretyistä myyntitiedoista ei voi lukea: %1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>updating the search index</source>
        <translation>hakuindeksin päivittäminen</translation>
    </message>
    <message>
        <source>clearing the search index</source>
        <translation>hakuindeksin tyhjentäminen</translation>
    </message>
    <message>
        <source>building the search index</source>
        <translation>hakuindeksin rakentaminen</translation>
    </message>
    <message>
        <source>optimising the search index</source>
        <translation>hakuindeksin optimointi</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>hakeminen</translation>
    </message>
</context>
<context>
    <name>SegmentAssignmentRepository</name>
    <message>
        <source>reading the customers&apos; segments</source>
        <translation>asiakkaiden segmenttien lukeminen</translation>
    </message>
    <message>
        <source>reading the segment overrides</source>
        <translation>käsin asetettujen segmenttien lukeminen</translation>
    </message>
    <message>
        <source>reading a customer&apos;s segment</source>
        <translation>asiakkaan segmentin lukeminen</translation>
    </message>
    <message>
        <source>reading a customer&apos;s segment override</source>
        <translation>asiakkaan käsin asetetun segmentin lukeminen</translation>
    </message>
    <message>
        <source>removing a customer&apos;s segment</source>
        <translation>asiakkaan segmentin poistaminen</translation>
    </message>
    <message>
        <source>setting a customer&apos;s segment</source>
        <translation>asiakkaan segmentin asettaminen</translation>
    </message>
    <message>
        <source>saving a segment override</source>
        <translation>käsin asetetun segmentin tallentaminen</translation>
    </message>
    <message>
        <source>removing a segment override</source>
        <translation>käsin asetetun segmentin poistaminen</translation>
    </message>
    <message>
        <source>removing expired segment overrides</source>
        <translation>vanhentuneiden käsin asetettujen segmenttien poistaminen</translation>
    </message>
    <message>
        <source>recording a segment change</source>
        <translation>segmenttimuutoksen tallentaminen</translation>
    </message>
    <message>
        <source>reading a customer&apos;s segment history</source>
        <translation>asiakkaan segmenttihistorian lukeminen</translation>
    </message>
    <message>
        <source>counting segment entries and exits</source>
        <translation>segmentteihin tulleiden ja niistä lähteneiden laskeminen</translation>
    </message>
    <message>
        <source>counting customers per segment</source>
        <translation>asiakkaiden laskeminen segmenteittäin</translation>
    </message>
    <message>
        <source>counting customers</source>
        <translation>asiakkaiden laskeminen</translation>
    </message>
    <message>
        <source>Reading the customers&apos; segments failed: %1</source>
        <translation>Asiakkaiden segmenttien lukeminen epäonnistui: %1</translation>
    </message>
</context>
<context>
    <name>SegmentIndex</name>
    <message>
        <source>(no segment)</source>
        <translation>(ei segmenttiä)</translation>
    </message>
</context>
<context>
    <name>SegmentRepository</name>
    <message>
        <source>The rule of segment &quot;%1&quot; cannot be read: %2</source>
        <translation>Segmentin ”%1” sääntöä ei voi lukea: %2</translation>
    </message>
    <message>
        <source>reading segmentations</source>
        <translation>segmentointien lukeminen</translation>
    </message>
    <message>
        <source>reading a segmentation</source>
        <translation>segmentoinnin lukeminen</translation>
    </message>
    <message>
        <source>There is no segmentation with id %1.</source>
        <translation>Segmentointia nro %1 ei ole.</translation>
    </message>
    <message>
        <source>checking segmentation codes</source>
        <translation>segmentointien tunnusten tarkistaminen</translation>
    </message>
    <message>
        <source>adding a segmentation</source>
        <translation>segmentoinnin lisääminen</translation>
    </message>
    <message>
        <source>saving a segmentation</source>
        <translation>segmentoinnin tallentaminen</translation>
    </message>
    <message>
        <source>choosing the primary segmentation</source>
        <translation>ensisijaisen segmentoinnin valitseminen</translation>
    </message>
    <message>
        <source>reading segments</source>
        <translation>segmenttien lukeminen</translation>
    </message>
    <message>
        <source>There is no segment with id %1.</source>
        <translation>Segmenttiä nro %1 ei ole.</translation>
    </message>
    <message>
        <source>checking segment codes</source>
        <translation>segmenttien tunnusten tarkistaminen</translation>
    </message>
    <message>
        <source>adding a segment</source>
        <translation>segmentin lisääminen</translation>
    </message>
    <message>
        <source>saving a segment</source>
        <translation>segmentin tallentaminen</translation>
    </message>
    <message>
        <source>reordering segments</source>
        <translation>segmenttien järjestyksen muuttaminen</translation>
    </message>
    <message>
        <source>reading care channels</source>
        <translation>hoitomallin kanavien lukeminen</translation>
    </message>
    <message>
        <source>reading the care model</source>
        <translation>hoitomallin lukeminen</translation>
    </message>
    <message>
        <source>saving the care model</source>
        <translation>hoitomallin tallentaminen</translation>
    </message>
    <message>
        <source>reading segment targets</source>
        <translation>segmenttitavoitteiden lukeminen</translation>
    </message>
    <message>
        <source>saving a segment target</source>
        <translation>segmenttitavoitteen tallentaminen</translation>
    </message>
    <message>
        <source>removing a segment target</source>
        <translation>segmenttitavoitteen poistaminen</translation>
    </message>
    <message>
        <source>reading group companies</source>
        <translation>konserniyhtiöiden lukeminen</translation>
    </message>
</context>
<context>
    <name>SegmentRule</name>
    <message>
        <source>Revenue, last 12 months</source>
        <translation>Myynti, 12 kk</translation>
    </message>
    <message>
        <source>Revenue from a group company, last 12 months</source>
        <translation>Myynti konserniyhtiöltä, 12 kk</translation>
    </message>
    <message>
        <source>Orders, last 12 months</source>
        <translation>Tilaukset, 12 kk</translation>
    </message>
    <message>
        <source>Group companies bought from, last 12 months</source>
        <translation>Konserniyhtiöitä, 12 kk</translation>
    </message>
    <message>
        <source>Months since the last purchase</source>
        <translation>Kuukausia viimeisimmästä ostosta</translation>
    </message>
    <message>
        <source>Sales trend, %</source>
        <translation>Myynnin trendi, %</translation>
    </message>
    <message>
        <source>Estimated potential</source>
        <translation>Arvioitu potentiaali</translation>
    </message>
    <message>
        <source>Customer kind</source>
        <translation>Asiakastyyppi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>≠</source>
        <translation>≠</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>on jokin näistä</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ei ole mikään näistä</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>on tiedossa</translation>
    </message>
    <message>
        <source>%1: not an object</source>
        <translation>%1: ei ole JSON-objekti</translation>
    </message>
    <message>
        <source>%1: unknown fact &apos;%2&apos;</source>
        <translation>%1: tuntematon tieto ”%2”</translation>
    </message>
    <message>
        <source>%1: unknown comparison &apos;%2&apos;</source>
        <translation>%1: tuntematon vertailu ”%2”</translation>
    </message>
    <message>
        <source>%1: no group company given</source>
        <translation>%1: konserniyhtiötä ei ole annettu</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; does not apply to a number</source>
        <translation>%1: vertailua ”%2” ei voi käyttää lukuun</translation>
    </message>
    <message>
        <source>%1: the value must be a number</source>
        <translation>%1: arvon on oltava luku</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; does not apply to text</source>
        <translation>%1: vertailua ”%2” ei voi käyttää tekstiin</translation>
    </message>
    <message>
        <source>%1: the values must be text</source>
        <translation>%1: arvojen on oltava tekstiä</translation>
    </message>
    <message>
        <source>%1: no values given</source>
        <translation>%1: arvoja ei ole annettu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown combination &apos;%1&apos; (all or any)</source>
        <translation>tuntematon yhdistelytapa ”%1” (all tai any)</translation>
    </message>
    <message>
        <source>the criteria must be a list</source>
        <translation>ehtojen on oltava luettelo</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>ehto %1</translation>
    </message>
    <message>
        <source>the groups must be a list</source>
        <translation>ryhmien on oltava luettelo</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>ryhmä %1</translation>
    </message>
    <message>
        <source>not readable as JSON at character %1: %2</source>
        <translation>ei kelvollista JSONia merkin %1 kohdalla: %2</translation>
    </message>
    <message>
        <source>a rule must be a JSON object</source>
        <translation>säännön on oltava JSON-objekti</translation>
    </message>
</context>
<context>
    <name>SegmentRunRepository</name>
    <message>
        <source>storing a segmentation run</source>
        <translation>segmentointiajon tallentaminen</translation>
    </message>
    <message>
        <source>storing a run&apos;s from-to matrix</source>
        <translation>ajon siirtymämatriisin tallentaminen</translation>
    </message>
    <message>
        <source>storing the customers a run moves</source>
        <translation>ajossa siirtyvien asiakkaiden tallentaminen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>keskeytetty</translation>
    </message>
    <message>
        <source>reading a run&apos;s from-to matrix</source>
        <translation>ajon siirtymämatriisin lukeminen</translation>
    </message>
    <message>
        <source>reading a segmentation run</source>
        <translation>segmentointiajon lukeminen</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>Ajoa %1 ei ole.</translation>
    </message>
    <message>
        <source>reading the segmentation runs</source>
        <translation>segmentointiajojen lukeminen</translation>
    </message>
    <message>
        <source>reading the customers a run moves</source>
        <translation>ajossa siirtyvien asiakkaiden lukeminen</translation>
    </message>
    <message>
        <source>reading the overridden moves of a review</source>
        <translation>vuosikatselmoinnissa toisin päätettyjen siirtojen lukeminen</translation>
    </message>
    <message>
        <source>recording a decision on a move</source>
        <translation>siirtoa koskevan päätöksen tallentaminen</translation>
    </message>
    <message>
        <source>Run %1 does not move customer %2.</source>
        <translation>Ajo %1 ei siirrä asiakasta %2.</translation>
    </message>
    <message>
        <source>changing a run&apos;s status</source>
        <translation>ajon tilan muuttaminen</translation>
    </message>
    <message>
        <source>removing a run&apos;s moves</source>
        <translation>ajon siirtojen poistaminen</translation>
    </message>
    <message>
        <source>preparing to apply a run</source>
        <translation>ajon käyttöönoton valmisteleminen</translation>
    </message>
    <message>
        <source>counting a run&apos;s moves</source>
        <translation>ajon siirtojen laskeminen</translation>
    </message>
    <message>
        <source>dating a segmentation run</source>
        <translation>segmentointiajon päiväyksen asettaminen</translation>
    </message>
    <message>
        <source>dating a segmentation run&apos;s history</source>
        <translation>segmentointiajon historian päiväyksen asettaminen</translation>
    </message>
    <message>
        <source>dating a segmentation run&apos;s assignments</source>
        <translation>segmentointiajon segmenttisijoitusten päiväyksen asettaminen</translation>
    </message>
    <message>
        <source>finding the moves still valid</source>
        <translation>yhä voimassa olevien siirtojen etsiminen</translation>
    </message>
    <message>
        <source>recording the run&apos;s changes in the history</source>
        <translation>ajon muutosten kirjaaminen historiaan</translation>
    </message>
    <message>
        <source>moving the customers to their new segments</source>
        <translation>asiakkaiden siirtäminen uusiin segmentteihin</translation>
    </message>
    <message>
        <source>taking customers out of their segments</source>
        <translation>asiakkaiden poistaminen segmenteistä</translation>
    </message>
    <message>
        <source>cleaning up after applying a run</source>
        <translation>ajon käyttöönoton jälkien siivoaminen</translation>
    </message>
</context>
<context>
    <name>SegmentRunner</name>
    <message>
        <source>The segmentation run was cancelled; nothing was saved.</source>
        <translation>Segmentointiajo keskeytettiin; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>A run needs the date its facts are as of.</source>
        <translation>Ajolle tarvitaan tilannepäivä, jonka mukaan tiedot luetaan.</translation>
    </message>
    <message>
        <source>Run %1 has been applied already.</source>
        <translation>Ajo %1 on jo otettu käyttöön.</translation>
    </message>
    <message>
        <source>Run %1 was discarded; make a new preview.</source>
        <translation>Ajo %1 on hylätty; tee uusi esikatselu.</translation>
    </message>
</context>
<context>
    <name>SegmentationService</name>
    <message>
        <source>The potential cannot be negative.</source>
        <translation>Potentiaali ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Say why this customer&apos;s segment is set by hand.</source>
        <translation>Kerro, miksi asiakkaan segmentti asetetaan käsin.</translation>
    </message>
    <message>
        <source>The override would have ended already on %1.</source>
        <translation>Käsin asetuksen voimassaolo olisi päättynyt jo %1.</translation>
    </message>
    <message>
        <source>The segment %1 belongs to another segmentation.</source>
        <translation>Segmentti %1 kuuluu toiseen segmentointiin.</translation>
    </message>
    <message>
        <source>The period of segment flows needs a start before its end.</source>
        <translation>Segmenttimuutosten jakson alun on oltava ennen sen loppua.</translation>
    </message>
    <message>
        <source>Only the moves of a review take owners&apos; decisions.</source>
        <translation>Vastuuhenkilöiden päätöksiä voi kirjata vain vuosikatselmoinnin siirroille.</translation>
    </message>
    <message>
        <source>Run %1 is no longer a preview.</source>
        <translation>Ajo %1 ei ole enää esikatselu.</translation>
    </message>
    <message>
        <source>Say why the customer keeps another segment.</source>
        <translation>Kerro, miksi asiakas pysyy toisessa segmentissä.</translation>
    </message>
</context>
<context>
    <name>SurvivorshipSettings</name>
    <message>
        <source>&quot;%1&quot; must be a list of source system names.</source>
        <translation>Kentän ”%1” on oltava luettelo lähdejärjestelmien nimistä.</translation>
    </message>
    <message>
        <source>The survivorship settings are not valid JSON (%1 at %2).</source>
        <translation>Yhdistämisen etusija-asetukset eivät ole kelvollista JSONia (%1 merkin %2 kohdalla).</translation>
    </message>
    <message>
        <source>The survivorship settings must be a JSON object.</source>
        <translation>Yhdistämisen etusija-asetusten on oltava JSON-objekti.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a JSON object of field codes.</source>
        <translation>Kentän ”%1” on oltava JSON-objekti, jonka avaimet ovat kenttäkoodeja.</translation>
    </message>
    <message>
        <source>Cannot read the survivorship settings: %1</source>
        <translation>Yhdistämisen etusija-asetuksia ei voi lukea: %1</translation>
    </message>
    <message>
        <source>Cannot write the survivorship settings: %1</source>
        <translation>Yhdistämisen etusija-asetuksia ei voi tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kirjoitus ei onnistu: %1</translation>
    </message>
    <message>
        <source>a CSV file holds one table only</source>
        <translation>CSV-tiedostoon mahtuu vain yksi taulukko</translation>
    </message>
    <message>
        <source>no table was begun</source>
        <translation>taulukkoa ei ole aloitettu</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>työkirjaa ei voi luoda</translation>
    </message>
    <message>
        <source>cannot add the sheet &quot;%1&quot;</source>
        <translation>taulukkoa ”%1” ei voi lisätä</translation>
    </message>
    <message>
        <source>more than %1 columns: Excel cannot hold them</source>
        <translation>yli %1 saraketta: ne eivät mahdu Exceliin</translation>
    </message>
    <message>
        <source>header column %1: %2</source>
        <translation>otsikkosarake %1: %2</translation>
    </message>
    <message>
        <source>more than %1 rows: Excel cannot hold them; split the table</source>
        <translation>yli %1 riviä: ne eivät mahdu Exceliin; jaa taulukko osiin</translation>
    </message>
    <message>
        <source>row %1, column %2: not a finite number</source>
        <translation>rivi %1, sarake %2: ei äärellinen luku</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>rivi %1, sarake %2: %3</translation>
    </message>
    <message>
        <source>cannot replace the existing file</source>
        <translation>olemassa olevaa tiedostoa ei voi korvata</translation>
    </message>
    <message>
        <source>cannot move the finished file into place</source>
        <translation>valmista tiedostoa ei voi siirtää paikalleen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a character that Windows-1252 cannot hold</source>
        <translation>”%1” sisältää merkin, jota Windows-1252 ei pysty esittämään</translation>
    </message>
</context>
<context>
    <name>TargetField</name>
    <message>
        <source>(ignore)</source>
        <translation>(ohita)</translation>
    </message>
    <message>
        <source>Key in the source system</source>
        <translation>Avain lähdejärjestelmässä</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Name, continued / department</source>
        <translation>Nimen jatko / osasto</translation>
    </message>
    <message>
        <source>First name (person)</source>
        <translation>Etunimi (henkilö)</translation>
    </message>
    <message>
        <source>Last name (person)</source>
        <translation>Sukunimi (henkilö)</translation>
    </message>
    <message>
        <source>Person&apos;s full name</source>
        <translation>Henkilön koko nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Address (street, postal code and city)</source>
        <translation>Osoite (katuosoite, postinumero ja postitoimipaikka)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Verkkosivu</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact&apos;s first name</source>
        <translation>Yhteyshenkilön etunimi</translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation>Yhteyshenkilön sukunimi</translation>
    </message>
    <message>
        <source>Contact&apos;s title</source>
        <translation>Yhteyshenkilön titteli</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <source>Customer kind</source>
        <translation>Asiakastyyppi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>Yläorganisaatio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Asiakkaana alkaen</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Päivitetty viimeksi</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Viimeisin tilaus</translation>
    </message>
    <message>
        <source>Customer until</source>
        <translation>Asiakkuus päättynyt</translation>
    </message>
    <message>
        <source>Revenue (€)</source>
        <translation>Liikevaihto (€)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Luotsi customer number</source>
        <translation>Luotsi-asiakasnumero</translation>
    </message>
    <message>
        <source>Customer number at the group company</source>
        <translation>Asiakasnumero konserniyhtiössä</translation>
    </message>
    <message>
        <source>Group company (code or name)</source>
        <translation>Konserniyhtiö (tunnus tai nimi)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Orders (count)</source>
        <translation>Tilaukset (kpl)</translation>
    </message>
</context>
<context>
    <name>TimelineRepository</name>
    <message>
        <source>adding to the timeline</source>
        <translation>merkinnän lisääminen aikajanalle</translation>
    </message>
    <message>
        <source>reading the timeline</source>
        <translation>aikajanan lukeminen</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Parish</source>
        <translation>Seurakunta</translation>
    </message>
    <message>
        <source>Parish union</source>
        <translation>Seurakuntayhtymä</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Yhdistys</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Julkisyhteisö</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospekti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Entinen</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation>Käyntiosoite</translation>
    </message>
    <message>
        <source>Postal</source>
        <translation>Postiosoite</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Verkkosivu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Asiakasvastaava</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Pääkäyttäjä</translation>
    </message>
</context>
<context>
    <name>WorkbookReader</name>
    <message>
        <source>no BIFF workbook at the start of the stream</source>
        <translation>virran alussa ei ole BIFF-työkirjaa</translation>
    </message>
    <message>
        <source>an Excel 2-4 workbook; save it as .xlsx in a newer Excel</source>
        <translation>Excel 2–4 -työkirja; tallenna se uudemmalla Excelillä .xlsx-muodossa</translation>
    </message>
    <message>
        <source>Sheet%1</source>
        <translation>Taul%1</translation>
    </message>
    <message>
        <source>the sheet&apos;s data is not where the workbook says it is</source>
        <translation>taulukon tiedot eivät ole siellä, missä työkirjan mukaan pitäisi</translation>
    </message>
    <message>
        <source>the sheet&apos;s data is cut short after row %1</source>
        <translation>taulukon tiedot katkeavat rivin %1 jälkeen</translation>
    </message>
    <message>
        <source>compound file: %1</source>
        <translation>yhdistelmätiedosto: %1</translation>
    </message>
    <message>
        <source>sector %1 is outside the file</source>
        <translation>sektori %1 on tiedoston ulkopuolella</translation>
    </message>
    <message>
        <source>a sector chain loops</source>
        <translation>sektoriketju kiertää kehää</translation>
    </message>
    <message>
        <source>the header is missing</source>
        <translation>tiedoston otsake puuttuu</translation>
    </message>
    <message>
        <source>unknown sector size</source>
        <translation>tuntematon sektorikoko</translation>
    </message>
    <message>
        <source>the DIFAT chain is broken</source>
        <translation>DIFAT-ketju on rikki</translation>
    </message>
    <message>
        <source>the root entry is missing</source>
        <translation>juurimerkintä puuttuu</translation>
    </message>
    <message>
        <source>a stream&apos;s sector chain is shorter than the stream</source>
        <translation>virran sektoriketju on virtaa lyhyempi</translation>
    </message>
    <message>
        <source>a small stream runs past the mini stream</source>
        <translation>pieni virta jatkuu minivirran loppua pidemmälle</translation>
    </message>
    <message>
        <source>a small stream is cut short</source>
        <translation>pieni virta katkeaa kesken</translation>
    </message>
    <message>
        <source>no stream named %1</source>
        <translation>virtaa nimeltä %1 ei ole</translation>
    </message>
    <message>
        <source>a stream is larger than the file</source>
        <translation>virta on tiedostoa suurempi</translation>
    </message>
    <message>
        <source>the file is UTF-32 text, which is not supported; save it as UTF-8 or UTF-16</source>
        <translation>tiedosto on UTF-32-tekstiä, jota ei tueta; tallenna se UTF-8- tai UTF-16-muodossa</translation>
    </message>
    <message>
        <source>the file is neither a spreadsheet nor text (it holds binary data)</source>
        <translation>tiedosto ei ole laskentataulukko eikä teksti (siinä on binääridataa)</translation>
    </message>
    <message>
        <source>the workbook has no sheet number %1</source>
        <translation>työkirjassa ei ole taulukkoa numero %1</translation>
    </message>
    <message>
        <source>a record runs past %1 characters; a quote is probably never closed</source>
        <translation>tietue on yli %1 merkkiä pitkä; jokin lainausmerkki on luultavasti jäänyt sulkematta</translation>
    </message>
    <message>
        <source>the workbook is password-protected; save it without a password</source>
        <translation>työkirja on suojattu salasanalla; tallenna se ilman salasanaa</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>the file is damaged or not a spreadsheet (%1)</source>
        <translation>tiedosto on vioittunut tai ei ole laskentataulukko (%1)</translation>
    </message>
    <message>
        <source>the part %1 unpacks to more data than a workbook can hold; the file is damaged or made to exhaust memory</source>
        <translation>osa %1 purkautuu suuremmaksi kuin työkirjaan mahtuu; tiedosto on vioittunut tai tehty kuluttamaan muisti loppuun</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>taulukko %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rivi %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>tämä on kansio eikä tiedosto</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <source>(the whole file)</source>
        <translation>(koko tiedosto)</translation>
    </message>
    <message>
        <source>an Office file without an Excel workbook (a Word or PowerPoint document?)</source>
        <translation>Office-tiedosto, jossa ei ole Excel-työkirjaa (Word- tai PowerPoint-tiedosto?)</translation>
    </message>
    <message>
        <source>a binary .xlsb workbook; save it as .xlsx in Excel</source>
        <translation>binäärimuotoinen .xlsb-työkirja; tallenna se Excelissä .xlsx-muotoon</translation>
    </message>
    <message>
        <source>a zip archive without an Excel workbook</source>
        <translation>zip-paketti, jossa ei ole Excel-työkirjaa</translation>
    </message>
    <message>
        <source>the sheet&apos;s part %1 is missing</source>
        <translation>taulukon osa %1 puuttuu</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>muisti loppui</translation>
    </message>
    <message>
        <source>the XML has a document type declaration</source>
        <translation>XML:ssä on dokumenttityypin määrittely (DOCTYPE)</translation>
    </message>
    <message>
        <source>malformed XML at line %1: %2</source>
        <translation>virheellistä XML:ää rivillä %1: %2</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>ei zip-paketti</translation>
    </message>
    <message>
        <source>the part %1 cannot be found</source>
        <translation>osaa %1 ei löydy</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened: %2</source>
        <translation>osaa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>the part %1 cannot be unpacked: %2</source>
        <translation>osaa %1 ei voi purkaa: %2</translation>
    </message>
    <message>
        <source>the XML has bytes that are not valid in its encoding</source>
        <translation>XML:ssä on tavuja, jotka eivät kelpaa sen merkistökoodauksessa</translation>
    </message>
    <message>
        <source>malformed XML at byte %1: %2</source>
        <translation>virheellistä XML:ää tavun %1 kohdalla: %2</translation>
    </message>
    <message>
        <source>a tag or a text runs on for more than %1 MiB</source>
        <translation>tagi tai teksti jatkuu yli %1 MiB:n ajan</translation>
    </message>
    <message>
        <source>the XML declaration is never closed</source>
        <translation>XML-esittelyä ei suljeta</translation>
    </message>
    <message>
        <source>the XML declaration is broken</source>
        <translation>XML-esittely on rikki</translation>
    </message>
    <message>
        <source>the XML is in the encoding &quot;%1&quot;; only UTF-8, UTF-16 and ISO-8859-1 are read</source>
        <translation>XML on merkistökoodauksessa ”%1”; vain UTF-8, UTF-16 ja ISO-8859-1 luetaan</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8</source>
        <translation>tekstiä, joka ei ole kelvollista UTF-8:aa</translation>
    </message>
    <message>
        <source>a control character (%1) in the text</source>
        <translation>tekstissä on ohjausmerkki (%1)</translation>
    </message>
    <message>
        <source>a broken entity or character reference in the text</source>
        <translation>tekstissä on rikkinäinen entiteetti tai merkkiviittaus</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>tekstiä juurielementin ulkopuolella</translation>
    </message>
    <message>
        <source>the XML ends inside the element &lt;%1&gt;: the file is cut short</source>
        <translation>XML päättyy elementin &lt;%1&gt; sisällä: tiedosto katkeaa kesken</translation>
    </message>
    <message>
        <source>the XML part is empty</source>
        <translation>XML-osa on tyhjä</translation>
    </message>
    <message>
        <source>the XML ends inside a tag: the file is cut short</source>
        <translation>XML päättyy kesken tagin: tiedosto katkeaa kesken</translation>
    </message>
    <message>
        <source>a processing instruction is never closed</source>
        <translation>käsittelyohjetta ei suljeta</translation>
    </message>
    <message>
        <source>a comment is never closed</source>
        <translation>kommenttia ei suljeta</translation>
    </message>
    <message>
        <source>a CDATA section is never closed</source>
        <translation>CDATA-osiota ei suljeta</translation>
    </message>
    <message>
        <source>unknown markup &quot;&lt;!&quot;</source>
        <translation>tuntematon merkintä ”&lt;!”</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; inside a tag</source>
        <translation>”&lt;” tagin sisällä</translation>
    </message>
    <message>
        <source>an element without a valid name</source>
        <translation>elementti ilman kelvollista nimeä</translation>
    </message>
    <message>
        <source>attributes of &lt;%1&gt; are not separated by spaces</source>
        <translation>elementin &lt;%1&gt; attribuutteja ei ole erotettu välilyönneillä</translation>
    </message>
    <message>
        <source>a broken attribute in &lt;%1&gt;</source>
        <translation>rikkinäinen attribuutti elementissä &lt;%1&gt;</translation>
    </message>
    <message>
        <source>an attribute value without quotes in &lt;%1&gt;</source>
        <translation>attribuutin arvo ilman lainausmerkkejä elementissä &lt;%1&gt;</translation>
    </message>
    <message>
        <source>an attribute value is never closed</source>
        <translation>attribuutin arvoa ei suljeta</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; in an attribute value</source>
        <translation>”&lt;” attribuutin arvossa</translation>
    </message>
    <message>
        <source>a broken entity in an attribute value</source>
        <translation>rikkinäinen entiteetti attribuutin arvossa</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>toinen juurielementti</translation>
    </message>
    <message>
        <source>elements are nested too deep</source>
        <translation>elementit ovat sisäkkäin liian syvällä</translation>
    </message>
    <message>
        <source>an end tag without its start tag</source>
        <translation>lopputagi ilman alkutagia</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not close &lt;%2&gt;</source>
        <translation>lopputagi &lt;/%1&gt; ei sulje elementtiä &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>luotsi-admin</name>
    <message>
        <source>The register&apos;s SQLite file (default: %1).</source>
        <translation>Rekisterin SQLite-tiedosto (oletus: %1).</translation>
    </message>
    <message>
        <source>Write realistic Finnish demo or scale data.</source>
        <translation>Luo realistista suomalaista esittely- tai massatestiaineistoa.</translation>
    </message>
    <message>
        <source>Create or upgrade the register&apos;s schema.</source>
        <translation>Luo tai päivitä rekisterin skeema.</translation>
    </message>
    <message>
        <source>%1: schema %2 → %3</source>
        <translation>%1: skeema %2 → %3</translation>
    </message>
    <message>
        <source>Usage: luotsi-admin COMMAND [OPTIONS]</source>
        <translation>Käyttö: luotsi-admin KOMENTO [VALITSIMET]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komennot:</translation>
    </message>
    <message>
        <source>Run luotsi-admin COMMAND --help for a command&apos;s options.</source>
        <translation>Komennon valitsimet näet komennolla luotsi-admin KOMENTO --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Tuntematon komento ”%1”.</translation>
    </message>
    <message>
        <source>Seed of the generator (default: 1).</source>
        <translation>Generaattorin siemenluku (oletus: 1).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Odottamaton argumentti ”%1”.</translation>
    </message>
    <message>
        <source>Say how many customers to generate: --customers N.</source>
        <translation>Anna luotavien asiakkaiden määrä: --customers N.</translation>
    </message>
    <message>
        <source>--customers must be a whole number above 0, not &quot;%1&quot;.</source>
        <translation>Valitsimen --customers arvon on oltava positiivinen kokonaisluku, ei ”%1”.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to %1, not &quot;%2&quot;.</source>
        <translation>Valitsimen --seed arvon on oltava kokonaisluku väliltä 0–%1, ei ”%2”.</translation>
    </message>
    <message>
        <source>Generated into %1:</source>
        <translation>Luotu tiedostoon %1:</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>asiakkaita</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>yhteyshenkilöitä</translation>
    </message>
    <message>
        <source>timeline entries</source>
        <translation>aikajanamerkintöjä</translation>
    </message>
    <message>
        <source>elapsed</source>
        <translation>kesto</translation>
    </message>
    <message>
        <source>%1 s (%2 customers/s)</source>
        <translation>%1 s (%2 asiakasta/s)</translation>
    </message>
    <message>
        <source>database file</source>
        <translation>tietokantatiedosto</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>batch  started              user        system      file / sheet</source>
        <translation>erä    aloitettu            käyttäjä    järjestelmä tiedosto / taulukko</translation>
    </message>
    <message>
        <source> (undone)</source>
        <translation> (peruttu)</translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 unchanged, %5 possible duplicates, %6 rejected, %7 skipped</source>
        <translation>rivejä %1: uusia %2, päivitettyjä %3, ennallaan %4, mahdollisia kaksoiskappaleita %5, hylättyjä %6, ohitettuja %7</translation>
    </message>
    <message>
        <source>Batch %1 was not undone: %2 customers changed after it.</source>
        <translation>Tuontierää %1 ei peruttu: sen jälkeen muutettuja asiakkaita on %2.</translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 customers removed, %3 restored.</source>
        <translation>Tuontierä %1 peruttu: asiakkaita poistettu %2, palautettu %3.</translation>
    </message>
    <message>
        <source>Rows with an entity: %1, reached a customer: %2</source>
        <translation>Rivejä, joilla on entiteetti: %1; asiakkaaksi päätyneitä: %2</translation>
    </message>
    <message>
        <source>Pairs: true %1, joined %2, correct %3</source>
        <translation>Parit: oikeita %1, yhdistettyjä %2, oikein yhdistettyjä %3</translation>
    </message>
    <message>
        <source>Precision %1  recall %2  F1 %3</source>
        <translation>Tarkkuus %1  saanti %2  F1 %3</translation>
    </message>
    <message>
        <source>Entities %1, split over several customers %2; customers mixing entities %3; junk rows imported %4</source>
        <translation>Entiteettejä %1, useaan asiakkaaseen jakautuneita %2; useita entiteettejä sekoittavia asiakkaita %3; tuotuja roskarivejä %4</translation>
    </message>
    <message>
        <source>List import batches, show or undo one, evaluate against a truth file.</source>
        <translation>Listaa tuontierät, näytä tai peru yksi erä, arvioi tulos vertailutiedostoa vasten.</translation>
    </message>
    <message>
        <source>Print the row outcomes of batch N as CSV.</source>
        <translation>Tulosta tuontierän N rivien tulokset CSV-muodossa.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write --show&apos;s CSV to this file instead.</source>
        <translation>Kirjoita valitsimen --show CSV-tuloste tähän tiedostoon.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TIEDOSTO</translation>
    </message>
    <message>
        <source>Undo batch N.</source>
        <translation>Peru tuontierä N.</translation>
    </message>
    <message>
        <source>Pairwise precision and recall of the applied batches against a truth CSV (file, sheet, row, entity_id).</source>
        <translation>Voimassa olevien tuontierien parikohtainen tarkkuus ja saanti vertailu-CSV:tä vasten (file, sheet, row, entity_id).</translation>
    </message>
    <message>
        <source>TRUTH.csv</source>
        <translation>VERTAILU.csv</translation>
    </message>
    <message>
        <source>--show needs a batch number.</source>
        <translation>Valitsin --show tarvitsee tuontierän numeron.</translation>
    </message>
    <message>
        <source>--undo needs a batch number.</source>
        <translation>Valitsin --undo tarvitsee tuontierän numeron.</translation>
    </message>
    <message>
        <source>Export the register or a search of it to .xlsx or .csv.</source>
        <translation>Vie rekisteri tai sen hakutulos .xlsx- tai .csv-tiedostoon.</translation>
    </message>
    <message>
        <source>The file imports back: unchanged rows change nothing, edited cells come back as updates, customers changed in Luotsi after the export are reported as conflicts.</source>
        <translation>Tiedoston voi tuoda takaisin: muuttamattomat rivit eivät muuta mitään, muokatut solut tuodaan päivityksinä, ja asiakkaat, joita on muutettu Luotsissa viennin jälkeen, raportoidaan ristiriitoina.</translation>
    </message>
    <message>
        <source>The file to write: .xlsx, else CSV.</source>
        <translation>Kirjoitettava tiedosto: .xlsx, muuten CSV.</translation>
    </message>
    <message>
        <source>Only customers found by this search.</source>
        <translation>Vain tällä haulla löytyvät asiakkaat.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKSTI</translation>
    </message>
    <message>
        <source>Only customers of this kind.</source>
        <translation>Vain tämäntyyppiset asiakkaat.</translation>
    </message>
    <message>
        <source>Only customers in this city.</source>
        <translation>Vain tämän paikkakunnan asiakkaat.</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>PAIKKAKUNTA</translation>
    </message>
    <message>
        <source>Say where to write: --out FILE.xlsx or FILE.csv.</source>
        <translation>Kerro, mihin kirjoitetaan: --out TIEDOSTO.xlsx tai TIEDOSTO.csv.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation>Tuntematon tyyppi ”%1”.</translation>
    </message>
    <message>
        <source>%1 / %2 customers</source>
        <translation>asiakkaita %1 / %2</translation>
    </message>
    <message>
        <source>%1 customers written to %2 in %3 s.</source>
        <translation>Asiakkaita %1 kirjoitettu tiedostoon %2, aikaa %3 s.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Koeajo: mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Batch %1: %2, sheet %3, source system %4</source>
        <translation>Tuontierä %1: %2, taulukko %3, lähdejärjestelmä %4</translation>
    </message>
    <message>
        <source>The same file was imported before as batch %1.</source>
        <translation>Sama tiedosto on tuotu aiemmin tuontieränä %1.</translation>
    </message>
    <message>
        <source>Rows read %1 in %2 s (%3 rows/s)</source>
        <translation>Rivejä luettu %1, aikaa %2 s (%3 riviä/s)</translation>
    </message>
    <message>
        <source>Rows to review:</source>
        <translation>Tarkistettavat rivit:</translation>
    </message>
    <message>
        <source>  ... (see the report file for all)</source>
        <translation>  ... (kaikki rivit ovat raporttitiedostossa)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rivi %1</translation>
    </message>
    <message>
        <source>Import an .xlsx, .xls or .csv file into the register as one batch.</source>
        <translation>Tuo .xlsx-, .xls- tai .csv-tiedosto rekisteriin yhtenä tuontieränä.</translation>
    </message>
    <message>
        <source>Use the saved mapping profile NAME.</source>
        <translation>Käytä tallennettua tuontiprofiilia NIMI.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>Use the mapping profile in FILE.json.</source>
        <translation>Käytä tiedostossa TIEDOSTO.json olevaa tuontiprofiilia.</translation>
    </message>
    <message>
        <source>Map the columns by the wizard&apos;s own suggestions (a saved profile whose headers match is used first).</source>
        <translation>Määritä sarakkeet tuontiavustajan omien ehdotusten mukaan (ensisijaisesti käytetään tallennettua tuontiprofiilia, jonka otsikot täsmäävät).</translation>
    </message>
    <message>
        <source>The sheet to import.</source>
        <translation>Tuotava taulukko.</translation>
    </message>
    <message>
        <source>The legacy system the file comes from.</source>
        <translation>Lähdejärjestelmä, josta tiedosto on peräisin.</translation>
    </message>
    <message>
        <source>auto: find existing customers (default); none: every accepted row is a new customer.</source>
        <translation>auto: etsi olemassa olevat asiakkaat (oletus); none: jokainen hyväksytty rivi on uusi asiakas.</translation>
    </message>
    <message>
        <source>What to do with rows that resemble a customer but not surely: leave them for review (default), merge, new or skip.</source>
        <translation>Mitä tehdään riveille, jotka muistuttavat asiakasta mutta eivät varmasti ole sama: leave jättää ne tarkistettaviksi (oletus), merge yhdistää, new luo uuden, skip ohittaa.</translation>
    </message>
    <message>
        <source>Do everything, report, and save nothing.</source>
        <translation>Tee kaikki ja raportoi, mutta älä tallenna mitään.</translation>
    </message>
    <message>
        <source>Write the rows that did not reach the register, with the reason, to OUT.xlsx or OUT.csv.</source>
        <translation>Kirjoita rekisteriin päätymättömät rivit syineen tiedostoon RAPORTTI.xlsx tai RAPORTTI.csv.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>RAPORTTI</translation>
    </message>
    <message>
        <source>Save the mapping used as profile NAME.</source>
        <translation>Tallenna käytetty sarakemääritys tuontiprofiiliksi NIMI.</translation>
    </message>
    <message>
        <source>The .xlsx, .xls or .csv file.</source>
        <translation>.xlsx-, .xls- tai .csv-tiedosto.</translation>
    </message>
    <message>
        <source>Give exactly one file to import.</source>
        <translation>Anna täsmälleen yksi tuotava tiedosto.</translation>
    </message>
    <message>
        <source>Choose the mapping with exactly one of --profile, --mapping or --auto.</source>
        <translation>Valitse sarakemääritys täsmälleen yhdellä valitsimista --profile, --mapping ja --auto.</translation>
    </message>
    <message>
        <source>--possible-duplicates takes leave, merge, new or skip.</source>
        <translation>Valitsimen --possible-duplicates arvo on leave, merge, new tai skip.</translation>
    </message>
    <message>
        <source>--match takes auto or none.</source>
        <translation>Valitsimen --match arvo on auto tai none.</translation>
    </message>
    <message>
        <source>%1 rows, %2 %</source>
        <translation>rivejä %1, %2 %</translation>
    </message>
    <message>
        <source>The import failed and the register is unchanged: %1</source>
        <translation>Tuonti epäonnistui, eikä rekisteriä muutettu: %1</translation>
    </message>
    <message>
        <source>The file has other sheets: %1. Import each with --sheet NAME.</source>
        <translation>Tiedostossa on muitakin taulukoita: %1. Tuo kukin valitsimella --sheet NIMI.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Raportti kirjoitettu tiedostoon %1</translation>
    </message>
    <message>
        <source>Show the sheets and cells of a spreadsheet or CSV file as read for import.</source>
        <translation>Näytä taulukko- tai CSV-tiedoston taulukot ja solut niin kuin tuonti ne lukee.</translation>
    </message>
    <message>
        <source>Reads an .xlsx, .xls or .csv file the way an import does and prints every sheet with its state and every non-empty cell with its reference, type, value and number format.</source>
        <translation>Lukee .xlsx-, .xls- tai .csv-tiedoston niin kuin tuonti sen lukee ja tulostaa jokaisen taulukon tiloineen sekä jokaisen ei-tyhjän solun viitteen, tyypin, arvon ja lukumuotoilun.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Luettava tiedosto.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Tulosta JSON-muodossa.</translation>
    </message>
    <message>
        <source>Only the sheet of this name.</source>
        <translation>Vain tämänniminen taulukko.</translation>
    </message>
    <message>
        <source>A CSV&apos;s encoding: auto, utf-8, windows-1252, latin1, utf-16le or utf-16be (default: auto).</source>
        <translation>CSV-tiedoston merkistö: auto, utf-8, windows-1252, latin1, utf-16le tai utf-16be (oletus: auto).</translation>
    </message>
    <message>
        <source>A CSV&apos;s delimiter: one character, or tab (default: detected).</source>
        <translation>CSV-tiedoston erotinmerkki: yksi merkki tai tab (oletus: tunnistetaan).</translation>
    </message>
    <message>
        <source>Name one file to inspect.</source>
        <translation>Anna yksi tarkasteltava tiedosto.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;.</source>
        <translation>Tuntematon merkistö ”%1”.</translation>
    </message>
    <message>
        <source>The delimiter must be one character or tab, not &quot;%1&quot;.</source>
        <translation>Erotinmerkin on oltava yksi merkki tai tab, ei ”%1”.</translation>
    </message>
    <message>
        <source>The file has no sheet &quot;%1&quot;.</source>
        <translation>Tiedostossa ei ole taulukkoa ”%1”.</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>erotin</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; (%2)</source>
        <translation>Taulukko ”%1” (%2)</translation>
    </message>
    <message>
        <source>reading customers</source>
        <translation>asiakkaiden lukeminen</translation>
    </message>
    <message>
        <source>comparing</source>
        <translation>vertailu</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>ryhmittely</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>tallennus</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Group %1  score %2</source>
        <translation>Ryhmä %1  vastaavuus %2</translation>
    </message>
    <message>
        <source>agreed: %1</source>
        <translation>täsmää: %1</translation>
    </message>
    <message>
        <source>Find duplicate customers, list the groups, evaluate against a truth.</source>
        <translation>Etsi asiakkaiden kaksoiskappaleet, listaa ryhmät ja arvioi tulos vertailutiedostoa vasten.</translation>
    </message>
    <message>
        <source>Pairs scoring at least this (0..1) form groups; default the matching settings&apos; review threshold.</source>
        <translation>Parit, joiden vastaavuus on vähintään tämä (0..1), muodostavat ryhmiä; oletuksena täsmäytysasetusten tarkistuskynnys.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>LUKU</translation>
    </message>
    <message>
        <source>Write the groups to a .csv or .xlsx file, one row per member.</source>
        <translation>Kirjoita ryhmät .csv- tai .xlsx-tiedostoon, yksi rivi kutakin jäsentä kohden.</translation>
    </message>
    <message>
        <source>Pairwise precision, recall and F1 against a truth CSV: customer_id,entity; customer_a,customer_b; or the conversion sample&apos;s file,sheet,row,entity_id.</source>
        <translation>Parikohtainen tarkkuus, saanti ja F1 vertailu-CSV:tä vasten: customer_id,entity; customer_a,customer_b; tai konversionäytteen file,sheet,row,entity_id.</translation>
    </message>
    <message>
        <source>Only customers of this kind (company, parish, parish_union, association, public_body, person).</source>
        <translation>Vain tämäntyyppiset asiakkaat (company, parish, parish_union, association, public_body, person).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYYPPI</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>TIEDOSTO.json</translation>
    </message>
    <message>
        <source>Do not store the groups for review (a trial run).</source>
        <translation>Älä tallenna ryhmiä tarkistettaviksi (koeajo).</translation>
    </message>
    <message>
        <source>--min-score needs a number from 0 to 1.</source>
        <translation>Valitsimen --min-score arvon on oltava luku väliltä 0..1.</translation>
    </message>
    <message>
        <source>Unknown kind: %1</source>
        <translation>Tuntematon tyyppi: %1</translation>
    </message>
    <message>
        <source>%1 s  %2: %3 / %4</source>
        <translation>%1 s  %2: %3 / %4</translation>
    </message>
    <message>
        <source>Customers %1, pairs compared %2, groups %3 (%4 customers), %5 s.</source>
        <translation>Asiakkaita %1, vertailtuja pareja %2, ryhmiä %3 (asiakkaita %4), %5 s.</translation>
    </message>
    <message>
        <source>Run %1 saved for review in the app.</source>
        <translation>Ajo %1 tallennettu tarkistettavaksi sovelluksessa.</translation>
    </message>
    <message>
        <source>Truth items %1; pairs: true %2, found %3, correct %4</source>
        <translation>Vertailukohteita %1; parit: oikeita %2, löydettyjä %3, oikein löydettyjä %4</translation>
    </message>
    <message>
        <source>Make this share (0..0.5) of the customers second records of another customer, with typos, case, legal form moved, phone format and missing business IDs.</source>
        <translation>Luo tämä osuus (0..0.5) asiakkaista jonkin toisen asiakkaan kaksoistietueiksi, joissa on kirjoitusvirheitä, vaihtelevat isot ja pienet kirjaimet, siirretty yhtiömuoto, eri puhelinnumeromuoto ja puuttuvia Y-tunnuksia.</translation>
    </message>
    <message>
        <source>Write customer_id,entity for every generated customer (for luotsi-admin duplicates --evaluate).</source>
        <translation>Kirjoita jokaisesta luodusta asiakkaasta rivi customer_id,entity (komentoa luotsi-admin duplicates --evaluate varten).</translation>
    </message>
    <message>
        <source>--duplicate-share must be a number from 0 to 0.5, not &quot;%1&quot;.</source>
        <translation>Valitsimen --duplicate-share arvon on oltava luku väliltä 0..0.5, ei ”%1”.</translation>
    </message>
    <message>
        <source>Matching thresholds and weights from FILE.json (default: matching.json beside the register, if there is one).</source>
        <translation>Vertailun kynnysarvot ja painot tiedostosta FILE.json (oletus: rekisterin vieressä oleva matching.json, jos sellainen on).</translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 sales facts removed, %3 restored.</source>
        <translation>Tuontierä %1 peruttu: myyntitietoja poistettu %2, palautettu %3.</translation>
    </message>
    <message>
        <source>Adds generated Finnish customers (companies, associations, public bodies, parishes and persons, with contacts, relationships, timelines and sales history) to the register, creating it if needed. The same seed gives the same customers.</source>
        <translation>Lisää rekisteriin luotuja suomalaisia asiakkaita (yrityksiä, yhdistyksiä, julkisyhteisöjä, seurakuntia ja henkilöitä yhteyshenkilöineen, asiakkuuksineen, aikajanoineen ja myyntihistorioineen) ja luo rekisterin tarvittaessa. Sama siemenluku tuottaa samat asiakkaat.</translation>
    </message>
    <message>
        <source>How many customers to generate (required without --sales-only).</source>
        <translation>Luotavien asiakkaiden määrä (pakollinen ilman valitsinta --sales-only).</translation>
    </message>
    <message>
        <source>Months (0..36) of sales history per customer, ending with the current month, with estimated potentials and tags; 0: no sales (default: 24).</source>
        <translation>Myyntihistorian pituus kuukausina (0..36) asiakasta kohden kuluvaan kuukauteen asti, arvioituine potentiaaleineen ja tunnisteineen; 0: ei myyntiä (oletus: 24).</translation>
    </message>
    <message>
        <source>Add no customers: replace the sales history of every customer in the register with --months of generated sales.</source>
        <translation>Älä lisää asiakkaita: korvaa rekisterin jokaisen asiakkaan myyntihistoria luodulla myynnillä, jonka pituus on --months kuukautta.</translation>
    </message>
    <message>
        <source>Leave the new customers without segments (by default every segmentation is run as of a year ago and as of today).</source>
        <translation>Jätä uudet asiakkaat ilman segmenttiä (oletuksena jokainen segmentointi ajetaan vuoden takaisen ja tämän päivän tilanteen mukaan).</translation>
    </message>
    <message>
        <source>--months must be a whole number from 0 to 36, not &quot;%1&quot;.</source>
        <translation>Valitsimen --months arvon on oltava kokonaisluku väliltä 0–36, ei ”%1”.</translation>
    </message>
    <message>
        <source>--sales-only adds no customers: leave out --customers.</source>
        <translation>Valitsin --sales-only ei lisää asiakkaita: jätä --customers pois.</translation>
    </message>
    <message>
        <source><byte value="xd"/>sales %1 / %2</source>
        <translation><byte value="xd"/>myynti %1 / %2</translation>
    </message>
    <message>
        <source>sales facts</source>
        <translation>myyntitietoja</translation>
    </message>
    <message>
        <source>%1 (%2 months, %3 customers)</source>
        <translation>%1 (kuukausia %2, asiakkaita %3)</translation>
    </message>
    <message>
        <source>potentials</source>
        <translation>potentiaaleja</translation>
    </message>
    <message>
        <source>tagged customers</source>
        <translation>tunnisteellisia asiakkaita</translation>
    </message>
    <message>
        <source>What the rows become: customers, contacts, relationships or sales (sales facts: revenue per customer, group company and month). Default: the profile&apos;s; with --auto, sales when the headers look like sales, else customers.</source>
        <translation>Mitä riveistä tulee: customers (asiakkaat), contacts (yhteyshenkilöt), relationships (asiakkuudet) tai sales (myyntitiedot: myynti asiakkaittain, konserniyhtiöittäin ja kuukausittain). Oletus: tuontiprofiilin mukainen; valitsimella --auto sales, jos otsikot näyttävät myyntitiedoilta, muuten customers.</translation>
    </message>
    <message>
        <source>The group company CODE of the relationships, or of the sales facts of a file without a company column.</source>
        <translation>Asiakkuuksien konserniyhtiön TUNNUS tai, jos tiedostossa ei ole yhtiösaraketta, myyntitietojen konserniyhtiön TUNNUS.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>TUNNUS</translation>
    </message>
    <message>
        <source>--target takes customers, contacts, relationships or sales.</source>
        <translation>Valitsimen --target arvo on customers, contacts, relationships tai sales.</translation>
    </message>
    <message>
        <source>Mapping (%1, header row %2, target %3):</source>
        <translation>Sarakemääritys (%1, otsikkorivi %2, kohde %3):</translation>
    </message>
    <message>
        <source>The segmentation by its code (default: the primary one).</source>
        <translation>Segmentoinnin tunnus (oletus: ensisijainen segmentointi).</translation>
    </message>
    <message>
        <source>The register has no primary segmentation.</source>
        <translation>Rekisterissä ei ole ensisijaista segmentointia.</translation>
    </message>
    <message>
        <source>There is no segmentation with the code &quot;%1&quot;.</source>
        <translation>Segmentointia tunnuksella ”%1” ei löydy.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei segmenttiä)</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segmentti %1</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>Valitsimen --%1 arvon on oltava päivämäärä muodossa VVVV-KK-PP, ei ”%2”.</translation>
    </message>
    <message>
        <source>From \ to</source>
        <translation>Mistä \ mihin</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Re-segment the register (run), list segments (export), count flows (flows).</source>
        <translation>Segmentoi rekisteri uudelleen (run), listaa segmentit (export) tai laske segmenttimuutokset (flows).</translation>
    </message>
    <message>
        <source>Unknown segment command &quot;%1&quot;.</source>
        <translation>Tuntematon segment-komento ”%1”.</translation>
    </message>
    <message>
        <source>Usage: luotsi-admin segment run|export|flows [OPTIONS]</source>
        <translation>Käyttö: luotsi-admin segment run|export|flows [VALITSIMET]</translation>
    </message>
    <message>
        <source>Preview a re-segmentation, print its from-to matrix and apply it.</source>
        <translation>Esikatsele uudelleensegmentointi, tulosta sen siirtymämatriisi ja ota se käyttöön.</translation>
    </message>
    <message>
        <source>Write every customer&apos;s segment and why to a CSV file.</source>
        <translation>Kirjoita jokaisen asiakkaan segmentti perusteineen CSV-tiedostoon.</translation>
    </message>
    <message>
        <source>Count the customers who entered and left each segment.</source>
        <translation>Laske kuhunkin segmenttiin tulleet ja siitä lähteneet asiakkaat.</translation>
    </message>
    <message>
        <source>Run luotsi-admin segment COMMAND --help for a command&apos;s options.</source>
        <translation>Komennon valitsimet näet komennolla luotsi-admin segment KOMENTO --help.</translation>
    </message>
    <message>
        <source>Evaluates every customer&apos;s segment as of a date, prints how many move from which segment to which, and applies the moves unless --dry-run.</source>
        <translation>Määrittää jokaisen asiakkaan segmentin annetun päivän tilanteen mukaan, tulostaa, montako asiakasta siirtyy mistäkin segmentistä mihinkin, ja ottaa siirrot käyttöön, ellei valitsinta --dry-run ole annettu.</translation>
    </message>
    <message>
        <source>The date the sales facts are as of (default: today).</source>
        <translation>Päivä, jonka tilanteen mukaan myyntitiedot luetaan (oletus: tänään).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>VVVV-KK-PP</translation>
    </message>
    <message>
        <source>Store the run as the yearly review (its moves applied as they stand).</source>
        <translation>Tallenna ajo vuosikatselmointina (sen siirrot otetaan käyttöön sellaisinaan).</translation>
    </message>
    <message>
        <source>Only print the matrix; apply nothing.</source>
        <translation>Tulosta vain matriisi; älä ota mitään käyttöön.</translation>
    </message>
    <message>
        <source>%1 s  %2 / %3 customers</source>
        <translation>%1 s  %2 / %3 asiakasta</translation>
    </message>
    <message>
        <source>%1 as of %2: run %3</source>
        <translation>%1, tilanne %2: ajo %3</translation>
    </message>
    <message>
        <source>%1 customers, %2 move; preview %3 s.</source>
        <translation>Asiakkaita %1, siirtyy %2; esikatselu %3 s.</translation>
    </message>
    <message>
        <source>Dry run: nothing applied, run %1 discarded.</source>
        <translation>Koeajo: mitään ei otettu käyttöön, ajo %1 hylätty.</translation>
    </message>
    <message>
        <source>Applied: %1 moved, %2 skipped (changed by hand since the preview), %3 expired overrides removed; apply %4 s, total %5 s.</source>
        <translation>Otettu käyttöön: siirretty %1, ohitettu %2 (muutettu käsin esikatselun jälkeen), vanhentuneita käsin asetuksia poistettu %3; käyttöönotto %4 s, yhteensä %5 s.</translation>
    </message>
    <message>
        <source>Writes every customer with its segment, since when, and why (a run and its date, or a manual override with its reason and last day).</source>
        <translation>Kirjoittaa jokaisen asiakkaan segmentin, alkamispäivän ja perusteen (ajo ja sen päivä tai käsin asetus syineen ja viimeisine voimassaolopäivineen).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Kirjoitettava CSV-tiedosto.</translation>
    </message>
    <message>
        <source>Say where to write: --csv FILE.csv.</source>
        <translation>Kerro, mihin kirjoitetaan: --csv TIEDOSTO.csv.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentit</translation>
    </message>
    <message>
        <source>manual: %1, until %2</source>
        <translation>käsin: %1, voimassa %2 asti</translation>
    </message>
    <message>
        <source>manual: %1</source>
        <translation>käsin: %1</translation>
    </message>
    <message>
        <source>run %1 as of %2</source>
        <translation>ajo %1, tilanne %2</translation>
    </message>
    <message>
        <source>by the rules when an override ended</source>
        <translation>sääntöjen mukaan käsin asetuksen päätyttyä</translation>
    </message>
    <message>
        <source>Counts, from the segment history, each segment&apos;s customers at the start of a period, how many entered and left it during the period, and how many it had at the end.</source>
        <translation>Laskee segmenttihistoriasta kunkin segmentin asiakkaat jakson alussa, jakson aikana segmenttiin tulleet ja siitä lähteneet sekä asiakkaat jakson lopussa.</translation>
    </message>
    <message>
        <source>The first day of the period.</source>
        <translation>Jakson ensimmäinen päivä.</translation>
    </message>
    <message>
        <source>The last day of the period (default: today).</source>
        <translation>Jakson viimeinen päivä (oletus: tänään).</translation>
    </message>
    <message>
        <source>Say where the period starts: --from YYYY-MM-DD.</source>
        <translation>Kerro jakson alku: --from VVVV-KK-PP.</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Alussa</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Tulleet</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lähteneet</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>Lopussa</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>could not be started</source>
        <translation>ei käynnistynyt</translation>
    </message>
    <message>
        <source>ended by a signal</source>
        <translation>päättyi signaaliin</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>paluukoodi %1</translation>
    </message>
    <message>
        <source>Measure parsing, import, the list, search, the card and module runs at scale, beside their floors and peers.</source>
        <translation>Mittaa lukemisen, tuonnin, listan, haun, asiakaskortin ja moduulien ajot suuressa mittakaavassa rinnakkain alarajojensa ja vertailutyökalujen kanssa.</translation>
    </message>
    <message>
        <source>Generates (or reuses, keyed by scale and seed) a register and customer files of the scale, runs every case several times as child processes and prints median, min, max, p95 and peak memory, with each case&apos;s ratio to its floor and its fastest peer. Peers are installed by scripts/bench-peers/install.sh.</source>
        <translation>Luo (tai käyttää uudelleen koon ja siemenluvun mukaan) annetun kokoisen rekisterin ja asiakastiedostot, ajaa jokaisen mittauksen useita kertoja lapsiprosesseina ja tulostaa mediaanin, minimin, maksimin, p95:n ja muistin huippukäytön sekä kunkin mittauksen suhteen alarajaansa ja nopeimpaan vertailutyökaluun. Vertailutyökalut asennetaan skriptillä scripts/bench-peers/install.sh.</translation>
    </message>
    <message>
        <source>Customers in the register and rows in the files (default 100000).</source>
        <translation>Asiakkaita rekisterissä ja rivejä tiedostoissa (oletus 100000).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Generaattorin siemenluku (oletus 1).</translation>
    </message>
    <message>
        <source>Run only these cases (comma-separated: %1).</source>
        <translation>Aja vain nämä mittaukset (pilkuin eroteltuina: %1).</translation>
    </message>
    <message>
        <source>Runs of each case and floor (default 3).</source>
        <translation>Kunkin mittauksen ja alarajan ajokerrat (oletus 3).</translation>
    </message>
    <message>
        <source>Runs of each peer (default 1).</source>
        <translation>Kunkin vertailutyökalun ajokerrat (oletus 1).</translation>
    </message>
    <message>
        <source>Stop repeating a case once its runs have taken this many minutes (default 10).</source>
        <translation>Lopeta mittauksen toistaminen, kun sen ajot ovat kestäneet näin monta minuuttia (oletus 10).</translation>
    </message>
    <message>
        <source>Leave the peers out.</source>
        <translation>Jätä vertailutyökalut pois.</translation>
    </message>
    <message>
        <source>Also write the results as JSON to this file.</source>
        <translation>Kirjoita tulokset myös JSON-muodossa tähän tiedostoon.</translation>
    </message>
    <message>
        <source>Where the generated inputs are kept (default %1).</source>
        <translation>Minne luodut syötteet tallennetaan (oletus %1).</translation>
    </message>
    <message>
        <source>Where the peers are installed (default %1).</source>
        <translation>Minne vertailutyökalut on asennettu (oletus %1).</translation>
    </message>
    <message>
        <source>--scale needs a whole number of at least 100, --seed one of at least 0, --runs and --peer-runs one of at least 1.</source>
        <translation>Valitsimen --scale arvon on oltava vähintään 100, --seed-arvon vähintään 0 ja --runs- ja --peer-runs-arvojen vähintään 1 (kokonaislukuja).</translation>
    </message>
    <message>
        <source>--case-minutes needs a number of minutes above 0.</source>
        <translation>Valitsimen --case-minutes arvon on oltava minuuttimäärä, joka on suurempi kuin 0.</translation>
    </message>
    <message>
        <source>Unknown case &quot;%1&quot;; the cases are %2.</source>
        <translation>Tuntematon mittaus ”%1”; mittaukset ovat %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Unknown case &quot;%1&quot;.</source>
        <translation>Tuntematon mittaus ”%1”.</translation>
    </message>
    <message>
        <source>Cannot move the finished file into place.</source>
        <translation>Valmista tiedostoa ei voi siirtää paikalleen.</translation>
    </message>
    <message>
        <source>Cannot make the bench&apos;s data folder.</source>
        <translation>Mittausten aineistokansiota ei voi luoda.</translation>
    </message>
    <message>
        <source>Cannot make the bench&apos;s scratch folder.</source>
        <translation>Mittausten työkansiota ei voi luoda.</translation>
    </message>
    <message>
        <source>Generating a register of %1 customers with 12 months of sales (seed %2)…</source>
        <translation>Luodaan %1 asiakkaan rekisteri 12 kuukauden myyntitietoineen (siemenluku %2)…</translation>
    </message>
    <message>
        <source>  done in %1 s</source>
        <translation>  valmis %1 sekunnissa</translation>
    </message>
    <message>
        <source>Giving %1 customers a long history…</source>
        <translation>Annetaan %1 asiakkaalle pitkä historia…</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Seuranta %1</translation>
    </message>
    <message>
        <source>Discussed the account plan, deliveries and next quarter&apos;s needs.</source>
        <translation>Käytiin läpi asiakassuunnitelma, toimitukset ja seuraavan neljänneksen tarpeet.</translation>
    </message>
    <message>
        <source>Account review %1: terms and contacts checked.</source>
        <translation>Asiakkuuskatsaus %1: ehdot ja yhteyshenkilöt tarkistettu.</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>Kirjoitus ei onnistu: %1</translation>
    </message>
    <message>
        <source>Writing the customers as .xlsx with shared strings and as a Windows-1252 CSV…</source>
        <translation>Kirjoitetaan asiakkaat .xlsx-tiedostoksi jaetuin merkkijonoin ja Windows-1252-merkistöiseksi CSV-tiedostoksi…</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>Lukeminen ei onnistu: %1</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 riviä/s</translation>
    </message>
    <message>
        <source>%1; %2; %3 cores, %4 GiB; Qt %5, SQLite %6</source>
        <translation>%1; %2; %3 ydintä, %4 GiB; Qt %5, SQLite %6</translation>
    </message>
    <message>
        <source>%1× %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>%1× faster than %2</source>
        <translation>%1× nopeampi kuin %2</translation>
    </message>
    <message>
        <source>Luotsi bench: %1 customers, seed %2, %3 runs of each case and floor, %4 of each peer</source>
        <translation>Luotsin mittaukset: %1 asiakasta, siemenluku %2, %3 ajoa kustakin mittauksesta ja alarajasta, %4 kustakin vertailutyökalusta</translation>
    </message>
    <message>
        <source>Machine: %1</source>
        <translation>Kone: %1</translation>
    </message>
    <message>
        <source>Data: %1 (%2)</source>
        <translation>Aineisto: %1 (%2)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>mittaus</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>ajot</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediaani</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>maks</translation>
    </message>
    <message>
        <source>peak RSS</source>
        <translation>muistihuippu</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>nopeus</translation>
    </message>
    <message>
        <source>compared / note</source>
        <translation>vertailu / huomio</translation>
    </message>
    <message>
        <source>FAILED: </source>
        <translation>EPÄONNISTUI: </translation>
    </message>
    <message>
        <source>skipped: </source>
        <translation>ohitettu: </translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>not measured in this sitting</source>
        <translation>ei mitattu tällä kertaa</translation>
    </message>
    <message>
        <source>xlsx-parse at least 8× faster than the fastest peer</source>
        <translation>xlsx-parse vähintään 8× nopeampi kuin nopein vertailutyökalu</translation>
    </message>
    <message>
        <source>%1× (%2 %3, xlsx-parse %4)</source>
        <translation>%1× (%2 %3, xlsx-parse %4)</translation>
    </message>
    <message>
        <source>xlsx-parse within 2.5× of the inflate floor</source>
        <translation>xlsx-parse enintään 2,5× purkamisen alaraja</translation>
    </message>
    <message>
        <source>%1× (%2 / %3)</source>
        <translation>%1× (%2 / %3)</translation>
    </message>
    <message>
        <source>import into an empty register within 2.5× of xlsx-parse + floor:insert+index</source>
        <translation>tuonti tyhjään rekisteriin enintään 2,5× (xlsx-parse + floor:insert+index)</translation>
    </message>
    <message>
        <source>%1× (%2 / (%3 + %4))</source>
        <translation>%1× (%2 / (%3 + %4))</translation>
    </message>
    <message>
        <source>search p95 under 20 ms</source>
        <translation>haun p95 alle 20 ms</translation>
    </message>
    <message>
        <source>card p95 under 50 ms</source>
        <translation>asiakaskortin p95 alle 50 ms</translation>
    </message>
    <message>
        <source>open under 1.5 s (median)</source>
        <translation>avaaminen alle 1,5 s (mediaani)</translation>
    </message>
    <message>
        <source>peak RSS while importing under 300 MB</source>
        <translation>muistihuippu tuonnissa alle 300 Mt</translation>
    </message>
    <message>
        <source>printed no row count</source>
        <translation>ei tulostanut rivimäärää</translation>
    </message>
    <message>
        <source>read %1 of %2 rows and still ended with exit code 0: a short result</source>
        <translation>luki %1/%2 riviä ja päättyi silti paluukoodilla 0: vajaa tulos</translation>
    </message>
    <message>
        <source>%1 cells</source>
        <translation>%1 solua</translation>
    </message>
    <message>
        <source>Measuring %1…</source>
        <translation>Mitataan: %1…</translation>
    </message>
    <message>
        <source>%1 of %2 runs (--case-minutes)</source>
        <translation>%1/%2 ajoa (--case-minutes)</translation>
    </message>
    <message>
        <source>read %1 of %2 rows</source>
        <translation>luki %1/%2 riviä</translation>
    </message>
    <message>
        <source>unzip is not installed</source>
        <translation>unzip ei ole asennettuna</translation>
    </message>
    <message>
        <source>iconv is not installed</source>
        <translation>iconv ei ole asennettuna</translation>
    </message>
    <message>
        <source>not installed: run scripts/bench-peers/install.sh (looked in %1)</source>
        <translation>ei asennettuna: aja scripts/bench-peers/install.sh (etsittiin kansiosta %1)</translation>
    </message>
    <message>
        <source>the sqlite3 shell is not installed</source>
        <translation>sqlite3-komentotulkki ei ole asennettuna</translation>
    </message>
    <message>
        <source>the app never showed its list</source>
        <translation>sovellus ei koskaan näyttänyt listaansa</translation>
    </message>
    <message>
        <source>the list showed %1 customers, not %2</source>
        <translation>lista näytti %1 asiakasta, ei %2</translation>
    </message>
    <message>
        <source>the luotsi app, start to filled list</source>
        <translation>luotsi-sovellus käynnistyksestä täytettyyn listaan</translation>
    </message>
    <message>
        <source>timed %1 of %2 queries</source>
        <translation>ajastettiin %1/%2 kyselyä</translation>
    </message>
    <message>
        <source>the shell times to the millisecond</source>
        <translation>komentotulkki ajastaa millisekunnin tarkkuudella</translation>
    </message>
    <message>
        <source>Cannot copy the register for the run.</source>
        <translation>Rekisteriä ei voi kopioida ajoa varten.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 to review, %5 rejected</source>
        <translation>uusia %1, päivitettyjä %2, ennallaan %3, tarkistettavia %4, hylättyjä %5</translation>
    </message>
    <message>
        <source>%1 keystrokes, %2 matches on average</source>
        <translation>%1 näppäilyä, keskimäärin %2 osumaa</translation>
    </message>
    <message>
        <source>%1 cards, %2 timeline and history entries on average</source>
        <translation>%1 korttia, keskimäärin %2 aikajana- ja historiamerkintää</translation>
    </message>
    <message>
        <source>%1 customers, %2 moved</source>
        <translation>%1 asiakasta, siirtyi %2</translation>
    </message>
    <message>
        <source>%1 customers, %2 groups</source>
        <translation>%1 asiakasta, %2 ryhmää</translation>
    </message>
    <message>
        <source>stopped after %1 minutes (3 × --case-minutes)</source>
        <translation>pysäytettiin %1 minuutin jälkeen (3 × --case-minutes)</translation>
    </message>
    <message>
        <source>did not finish in the time allowed</source>
        <translation>ei valmistunut sallitussa ajassa</translation>
    </message>
</context>
<context>
    <name>luotsi::core::CustomerService</name>
    <message>
        <source>The customer was not saved: %1</source>
        <translation>Asiakasta ei tallennettu: %1</translation>
    </message>
    <message>
        <source>The chosen parent is already below this customer in the hierarchy.</source>
        <translation>Valittu yläorganisaatio on jo tämän asiakkaan alapuolella hierarkiassa.</translation>
    </message>
    <message>
        <source>The entry is empty: write a subject or a text.</source>
        <translation>Merkintä on tyhjä: kirjoita aihe tai teksti.</translation>
    </message>
</context>
<context>
    <name>luotsi::core::segments::SegmentCatalog</name>
    <message>
        <source>The register has no segmentations.</source>
        <translation>Rekisterissä ei ole segmentointeja.</translation>
    </message>
    <message>
        <source>A segmentation needs a Finnish name.</source>
        <translation>Segmentoinnilla on oltava suomenkielinen nimi.</translation>
    </message>
    <message>
        <source>One segmentation is always the primary one: make another one primary instead.</source>
        <translation>Yksi segmentointi on aina ensisijainen: tee sen sijaan jokin toinen segmentointi ensisijaiseksi.</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may contain only lowercase letters a–z, digits and underscores.</source>
        <translation>Tunnuksessa ”%1” saa olla vain pieniä kirjaimia a–z, numeroita ja alaviivoja.</translation>
    </message>
    <message>
        <source>Another segmentation already has the code &quot;%1&quot;.</source>
        <translation>Toisella segmentoinnilla on jo tunnus ”%1”.</translation>
    </message>
    <message>
        <source>A segment needs a Finnish name.</source>
        <translation>Segmentillä on oltava suomenkielinen nimi.</translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb (for example #2e86c1).</source>
        <translation>Väri ”%1” ei ole muotoa #rrggbb (esimerkiksi #2e86c1).</translation>
    </message>
    <message>
        <source>The rule cannot be saved: %1</source>
        <translation>Sääntöä ei voi tallentaa: %1</translation>
    </message>
    <message>
        <source>Another segment of this segmentation already has the code &quot;%1&quot;.</source>
        <translation>Tämän segmentoinnin toisella segmentillä on jo tunnus ”%1”.</translation>
    </message>
    <message>
        <source>There is no care channel with id %1.</source>
        <translation>Hoitomallin kanavaa nro %1 ei ole.</translation>
    </message>
    <message>
        <source>The period must be a year (2027) or a quarter (2027-Q1).</source>
        <translation>Jakson on oltava vuosi (2027) tai vuosineljännes (2027-Q1).</translation>
    </message>
    <message>
        <source>The target number of customers cannot be negative.</source>
        <translation>Asiakasmäärän tavoite ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>The target revenue must be zero or more euros.</source>
        <translation>Myyntitavoitteen on oltava vähintään nolla euroa.</translation>
    </message>
    <message>
        <source>There is no group company with id %1.</source>
        <translation>Konserniyhtiötä nro %1 ei ole.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::AppController</name>
    <message>
        <source>Creating the demo register…</source>
        <translation>Luodaan esittelyrekisteriä…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Luotsi</source>
        <translation>Luotsi</translation>
    </message>
    <message>
        <source>Demo register</source>
        <translation>Esittelyrekisteri</translation>
    </message>
    <message>
        <source>The demo register could not be completed: %1</source>
        <translation>Esittelyrekisterin luominen jäi kesken: %1</translation>
    </message>
    <message>
        <source>The register could not be opened.

%1</source>
        <translation>Rekisteriä ei voitu avata.

%1</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::BasicDataSection</name>
    <message>
        <source>(no owner)</source>
        <translation>(ei vastuuhenkilöä)</translation>
    </message>
    <message>
        <source>Edit name</source>
        <translation>nimen muokkaus</translation>
    </message>
    <message>
        <source>Edit business ID</source>
        <translation>Y-tunnuksen muokkaus</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>lisätietojen muokkaus</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>tyypin muutos</translation>
    </message>
    <message>
        <source>Change language</source>
        <translation>kielen muutos</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>tilan muutos</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>vastuuhenkilön vaihto</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>Perustiedot</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::BatchRowsModel</name>
    <message>
        <source>%1 (no longer in the register)</source>
        <translation>%1 (ei enää rekisterissä)</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (nro %2)</translation>
    </message>
    <message>
        <source>Double-click to open the customer&apos;s card.</source>
        <translation>Avaa asiakaskortti kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Source key</source>
        <translation>Lähdeavain</translation>
    </message>
    <message>
        <source>Reason or change</source>
        <translation>Syy tai muutos</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::BatchTableModel</name>
    <message>
        <source>Undone %1</source>
        <translation>Peruttu %1</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Rekisterissä</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Erä</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Lähdejärjestelmä</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>File / sheet</source>
        <translation>Tiedosto / taulukko</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::CareModelCellDialog</name>
    <message>
        <source>Care model: %1</source>
        <translation>Hoitomalli: %1</translation>
    </message>
    <message>
        <source>How does &lt;b&gt;%1&lt;/b&gt; serve the segment &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>Miten kanava &lt;b&gt;%1&lt;/b&gt; palvelee segmenttiä &lt;b&gt;%2&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>The channel&apos;s role and content for this segment</source>
        <translation>Kanavan rooli ja sisältö tälle segmentille</translation>
    </message>
    <message>
        <source>e.g. quarterly, twice a year</source>
        <translation>esim. neljännesvuosittain, 2 kertaa vuodessa</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>R&amp;hythm:</source>
        <translation>R&amp;ytmi:</translation>
    </message>
    <message>
        <source>&amp;Not used</source>
        <translation>&amp;Ei käytössä</translation>
    </message>
    <message>
        <source>Empties the cell: the channel does not serve this segment.</source>
        <translation>Tyhjentää solun: kanava ei palvele tätä segmenttiä.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::CareModelModel</name>
    <message>
        <source>Choose a channel&apos;s cell to edit.</source>
        <translation>Valitse muokattavaksi kanavan solu.</translation>
    </message>
    <message>
        <source>Every customer in %1 needs an account plan.</source>
        <translation>Jokaiselle segmentin %1 asiakkaalle tarvitaan asiakkuussuunnitelma.</translation>
    </message>
    <message>
        <source>Customers in %1 need no account plan.</source>
        <translation>Segmentin %1 asiakkaille ei tarvita asiakkuussuunnitelmaa.</translation>
    </message>
    <message>
        <source>%1 does not serve %2. Double-click to change.</source>
        <translation>Kanava %1 ei palvele segmenttiä %2. Muuta kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>%1
Rhythm: %2</source>
        <translation>%1
Rytmi: %2</translation>
    </message>
    <message>
        <source>Account plan required</source>
        <translation>Asiakkuussuunnitelma vaaditaan</translation>
    </message>
    <message>
        <source>%1
(inactive)</source>
        <translation>%1
(ei käytössä)</translation>
    </message>
    <message>
        <source>The segment could not be read: %1</source>
        <translation>Segmenttiä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>Segmenttiä ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::CareModelPage</name>
    <message>
        <source>How each channel serves each segment, and how often. Double-click a cell to change it.</source>
        <translation>Miten kukin kanava palvelee kutakin segmenttiä ja kuinka usein. Muuta solua kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>&amp;Segmentation:</source>
        <translation>&amp;Segmentointi:</translation>
    </message>
    <message>
        <source>The segmentations could not be read: %1</source>
        <translation>Segmentointeja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The care model could not be read: %1</source>
        <translation>Hoitomallia ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The care model was not saved: %1</source>
        <translation>Hoitomallia ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::CleaningPage</name>
    <message>
        <source>Cleaning preview</source>
        <translation>Puhdistuksen esikatselu</translation>
    </message>
    <message>
        <source>What cleaning does to each row: values repaired (fixed), values left out or doubtful (warning), and rows that will not be imported (rejected). This is a trial run: the register does not change.</source>
        <translation>Mitä puhdistus tekee kullekin riville: korjatut arvot (korjattu), pois jätetyt tai epävarmat arvot (varoitus) ja rivit, joita ei tuoda (hylätty). Tämä on koeajo: rekisteri ei muutu.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Kaikki rivit</translation>
    </message>
    <message>
        <source>Rows with findings</source>
        <translation>Rivit, joilla on havaintoja</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Korjatut</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Varoitukset</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hylätyt</translation>
    </message>
    <message>
        <source>Dates that read two ways</source>
        <translation>Kahdella tavalla luettavat päivämäärät</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>Reading and cleaning the rows…</source>
        <translation>Luetaan ja puhdistetaan rivejä…</translation>
    </message>
    <message>
        <source>Reading and cleaning the rows… %1</source>
        <translation>Luetaan ja puhdistetaan rivejä… %1</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Esikatselu epäonnistui: %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 clean, %3 with fixes, %4 with warnings, %5 rejected.</source>
        <translation>Rivejä luettu %1: virheettömiä %2, korjattuja %3, varoituksellisia %4, hylättyjä %5.</translation>
    </message>
    <message>
        <source>The table shows the first %1 rows.</source>
        <translation>Taulukossa näytetään ensimmäiset %1 riviä.</translation>
    </message>
    <message>
        <source>This file was imported before (batch %1): importing it again changes nothing that is already there.</source>
        <translation>Tämä tiedosto on tuotu aiemmin (tuontierä %1): uusi tuonti ei muuta jo tuotuja tietoja.</translation>
    </message>
    <message>
        <source>These date columns have values such as 1.2.2007 that can be read as 1 February or 2 January. Choose how the system wrote them; until then, such dates are left out.</source>
        <translation>Näissä päivämääräsarakkeissa on arvoja, kuten 1.2.2007, jotka voi lukea joko 1. helmikuuta tai 2. tammikuuta. Valitse, missä muodossa lähdejärjestelmä ne kirjoitti; siihen asti tällaiset päivämäärät jätetään pois.</translation>
    </message>
    <message>
        <source>Column %1 &quot;%2&quot;, e.g. %3:</source>
        <translation>Sarake %1 ”%2”, esim. %3:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Day first (1.2.2007 is 1 February)</source>
        <translation>Päivä ensin (1.2.2007 on 1. helmikuuta)</translation>
    </message>
    <message>
        <source>Month first (1/2/2007 is 2 January)</source>
        <translation>Kuukausi ensin (1/2/2007 on 2. tammikuuta)</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::ConstantsEditor</name>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Value on every row</source>
        <translation>Arvo kaikilla riveillä</translation>
    </message>
    <message>
        <source>Kinds and statuses as in the register or in Finnish: &quot;yritys&quot;, &quot;seurakunta&quot;, &quot;henkilö&quot;; &quot;asiakas&quot;, &quot;prospekti&quot;.</source>
        <translation>Tyypit ja tilat rekisterin koodeina tai suomeksi: ”yritys”, ”seurakunta”, ”henkilö”; ”asiakas”, ”prospekti”.</translation>
    </message>
    <message>
        <source>&amp;Add value</source>
        <translation>Lisää &amp;arvo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>P&amp;oista</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::CustomerCard</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Tee &amp;uudelleen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>T&amp;allenna</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>Tallenna muutokset (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Business ID %1</source>
        <translation>Y-tunnus %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Vastuuhenkilö: %1</translation>
    </message>
    <message>
        <source>Customer not saved</source>
        <translation>Asiakasta ei tallennettu</translation>
    </message>
    <message>
        <source>%1

Your changes are still on the card; nothing was written.</source>
        <translation>%1

Muutoksesi ovat yhä kortilla; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 tallennettu.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1: muutoksia ei ole tallennettu. Tallennetaanko ne ennen sulkemista?</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <source>Delete %1 with its contacts, addresses, relationships and timeline? The change history keeps a record of the deletion.</source>
        <translation>Poistetaanko %1 sekä sen yhteyshenkilöt, osoitteet, asiakkuudet ja aikajana? Poistosta jää merkintä muutoshistoriaan.</translation>
    </message>
    <message>
        <source>Customer not deleted</source>
        <translation>Asiakasta ei poistettu</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 poistettu.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::CustomerListView</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yyppi:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Vastuuhenkilö:</translation>
    </message>
    <message>
        <source>&amp;Group company:</source>
        <translation>&amp;Konserniyhtiö:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Paikkakunta:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln asiakas</numerusform>
            <numerusform>%Ln asiakasta</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <source>Save the customers of this list, as filtered, to an Excel or CSV file</source>
        <translation>Tallenna luettelon asiakkaat suodatettuina Excel- tai CSV-tiedostoon</translation>
    </message>
    <message>
        <source>Se&amp;gment:</source>
        <translation>&amp;Segmentti:</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Ei segmenttiä</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::CustomerPickerDialog</name>
    <message>
        <source>Choose a customer</source>
        <translation>Valitse asiakas</translation>
    </message>
    <message>
        <source>Search by name, business ID or city</source>
        <translation>Hae nimellä, Y-tunnuksella tai paikkakunnalla</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::CustomerTableModel</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Paikkakunta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::CustomersPage</name>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Customer not opened</source>
        <translation>Asiakasta ei avattu</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Asiakkaiden vienti</translation>
    </message>
    <message>
        <source>customers.xlsx</source>
        <translation>asiakkaat.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Excel-työkirja (*.xlsx);;CSV, puolipisteillä eroteltu (*.csv)</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>Viedään asiakkaita…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <source>Customers exported to %1</source>
        <translation>Asiakkaat viety tiedostoon %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Poista tämä suodatin</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Suodatin: %1</translation>
    </message>
    <message>
        <source>no business ID</source>
        <translation>ei Y-tunnusta</translation>
    </message>
    <message>
        <source>invalid email</source>
        <translation>virheellinen sähköposti</translation>
    </message>
    <message>
        <source>invalid phone number</source>
        <translation>virheellinen puhelinnumero</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>ei vastuuhenkilöä</translation>
    </message>
    <message>
        <source>possible duplicate waiting for a decision</source>
        <translation>mahdollinen kaksoiskappale, odottaa päätöstä</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::DataQualityPage</name>
    <message>
        <source>Overview</source>
        <translation>Yleiskuva</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Yhdistämiset</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::DuplicateGroupsModel</name>
    <message>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Yhdistetty</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Ei kaksoiskappale</translation>
    </message>
    <message>
        <source>Replaced by a later search</source>
        <translation>Korvattu uudemmalla haulla</translation>
    </message>
    <message>
        <source>(customer %1 is gone)</source>
        <translation>(asiakasta %1 ei enää ole)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vastaavuus</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Jäseniä</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>What agreed</source>
        <translation>Täsmäävät tiedot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::DuplicateSearchBar</name>
    <message>
        <source>All kinds</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Kaikki paikkakunnat</translation>
    </message>
    <message>
        <source>Pairs scoring at least this are proposed as duplicates.</source>
        <translation>Parit, joiden vastaavuus on vähintään tämä, ehdotetaan kaksoiskappaleiksi.</translation>
    </message>
    <message>
        <source>&amp;Find duplicates</source>
        <translation>&amp;Etsi kaksoiskappaleet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tyypp&amp;i:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Paikkakunta:</translation>
    </message>
    <message>
        <source>Minimum &amp;score:</source>
        <translation>Vastaavuus &amp;vähintään:</translation>
    </message>
    <message>
        <source>Reading customers</source>
        <translation>Luetaan asiakkaita</translation>
    </message>
    <message>
        <source>Comparing</source>
        <translation>Vertaillaan</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Ryhmitellään</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Tallennetaan</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Keskeytetään…</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>The search was cancelled; the earlier groups are kept.</source>
        <translation>Haku keskeytettiin; aiemmat ryhmät säilyvät.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Haku epäonnistui: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) found among %1 customer(s) (%2 comparisons, minimum score %3).</source>
        <translation>
            <numerusform>%Ln ryhmä löytyi %1 asiakkaan joukosta (vertailuja %2, vastaavuus vähintään %3).</numerusform>
            <numerusform>%Ln ryhmää löytyi %1 asiakkaan joukosta (vertailuja %2, vastaavuus vähintään %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>luotsi::gui::DuplicatesModel</name>
    <message>
        <source>Decide later</source>
        <translation>Päätä myöhemmin</translation>
    </message>
    <message>
        <source>Merge into the customer</source>
        <translation>Yhdistä asiakkaaseen</translation>
    </message>
    <message>
        <source>Create a new customer</source>
        <translation>Luo uusi asiakas</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Ohita rivi</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (nro %2)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nimi tiedostossa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vastaavuus</translation>
    </message>
    <message>
        <source>Resembles the customer</source>
        <translation>Muistuttaa asiakasta</translation>
    </message>
    <message>
        <source>Fields that agree</source>
        <translation>Täsmäävät tiedot</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::DuplicatesPage</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Yhdistä…</translation>
    </message>
    <message>
        <source>Merge the included records into the survivor with the ticked values.</source>
        <translation>Yhdistä mukaan otetut tietueet säilyvään tietueeseen valituin arvoin.</translation>
    </message>
    <message>
        <source>&amp;Not a duplicate</source>
        <translation>Ei &amp;kaksoiskappale</translation>
    </message>
    <message>
        <source>These are different customers: never propose them together again.</source>
        <translation>Nämä ovat eri asiakkaita: älä ehdota niitä enää kaksoiskappaleiksi.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
    <message>
        <source>Keep the group in the list and go on to the next one.</source>
        <translation>Pidä ryhmä luettelossa ja siirry seuraavaan.</translation>
    </message>
    <message>
        <source>The groups cannot be read: %1</source>
        <translation>Ryhmiä ei voi lukea: %1</translation>
    </message>
    <message>
        <source>No groups wait for a decision. &quot;Find duplicates&quot; searches the register again.</source>
        <translation>Päätöstä odottavia ryhmiä ei ole. ”Etsi kaksoiskappaleet” hakee rekisteristä uudelleen.</translation>
    </message>
    <message>
        <source>The register has not been searched for duplicates yet: choose the part to search and &quot;Find duplicates&quot;.</source>
        <translation>Rekisteristä ei ole vielä haettu kaksoiskappaleita: valitse haettava osa ja napsauta ”Etsi kaksoiskappaleet”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) wait for a decision. Choose one to compare its records.</source>
        <translation>
            <numerusform>%Ln ryhmä odottaa päätöstä. Valitse ryhmä, niin voit verrata sen tietueita.</numerusform>
            <numerusform>%Ln ryhmää odottaa päätöstä. Valitse ryhmä, niin voit verrata sen tietueita.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a group above.</source>
        <translation>Valitse ryhmä yläpuolelta.</translation>
    </message>
    <message>
        <source>Only one of this group&apos;s customers is left: the others were merged or removed. &quot;Not a duplicate&quot; closes the group.</source>
        <translation>Ryhmän asiakkaista on jäljellä vain yksi: muut on yhdistetty tai poistettu. ”Ei kaksoiskappale” sulkee ryhmän.</translation>
    </message>
    <message>
        <source>The merge cannot be proposed: %1</source>
        <translation>Yhdistämistä ei voi ehdottaa: %1</translation>
    </message>
    <message>
        <source>Score %1. Click a value to keep it: the ticked value of each row survives. Tinted values differ from the other records. Double-click a name to open the card.</source>
        <translation>Vastaavuus %1. Napsauta arvoa, jonka haluat säilyttää: kunkin rivin valittu arvo säilyy. Sävytetyt arvot eroavat muista tietueista. Avaa asiakaskortti kaksoisnapsauttamalla nimeä.</translation>
    </message>
    <message>
        <source>• %1 (id %2)</source>
        <translation>• %1 (nro %2)</translation>
    </message>
    <message>
        <source>Merge these records into &quot;%1&quot; (id %2)?

%3

The survivor keeps the ticked values and gets every record&apos;s phones, emails, addresses, contacts and source keys; the merged records are removed. The Merges tab can undo this.</source>
        <translation>Yhdistetäänkö nämä tietueet asiakkaaseen ”%1” (nro %2)?

%3

Säilyvä tietue saa valitut arvot sekä kaikkien tietueiden puhelinnumerot, sähköpostiosoitteet, osoitteet, yhteyshenkilöt ja lähdeavaimet; yhdistetyt tietueet poistetaan. Yhdistämisen voi perua Yhdistämiset-välilehdellä.</translation>
    </message>
    <message>
        <source>

Left out, and not proposed with these again:
%1</source>
        <translation>

Jätetään pois, eikä niitä enää ehdoteta näiden kanssa:
%1</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Yhdistä asiakkaat</translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation>Tietueita ei yhdistetty: %1</translation>
    </message>
    <message>
        <source>The records were not merged.

%1</source>
        <translation>Tietueita ei yhdistetty.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln record(s) into &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln tietue yhdistetty asiakkaaseen ”%1”.</numerusform>
            <numerusform>%Ln tietuetta yhdistetty asiakkaaseen ”%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>Päätöstä ei kirjattu: %1</translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <translation>Päätöstä ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Marked as different customers; they are not proposed together again.</source>
        <translation>Merkitty eri asiakkaiksi; niitä ei enää ehdoteta kaksoiskappaleiksi.</translation>
    </message>
    <message>
        <source>Put off for later.</source>
        <translation>Siirretty myöhemmäksi.</translation>
    </message>
    <message>
        <source>No groups wait for a decision.</source>
        <translation>Päätöstä odottavia ryhmiä ei ole.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::FilePage</name>
    <message>
        <source>Automatic</source>
        <translation>Automaattinen</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Finnish Excel)</source>
        <translation>Windows-1252 (suomalainen Excel)</translation>
    </message>
    <message>
        <source>ISO-8859-1</source>
        <translation>ISO-8859-1</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>puolipiste ;</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>pilkku ,</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>sarkain</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <source>The transfer file from the legacy system: an Excel workbook (.xlsx, .xls) or a text file (.csv, .txt). Nothing is written to the register before the last step.</source>
        <translation>Lähdejärjestelmän siirtotiedosto: Excel-työkirja (.xlsx, .xls) tai tekstitiedosto (.csv, .txt). Rekisteriin ei kirjoiteta mitään ennen viimeistä vaihetta.</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Tiedoston polku</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Se&amp;laa…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>Text files only: how the file is written. Automatic detects UTF-8, Windows-1252 and UTF-16, and the delimiters ; , and tab.</source>
        <translation>Vain tekstitiedostot: miten tiedosto on kirjoitettu. Automaattinen tunnistaa merkistöt UTF-8, Windows-1252 ja UTF-16 sekä erottimet ; , ja sarkaimen.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Merkistö:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>E&amp;rotin:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <source>Spreadsheets and text files (*.xlsx *.xls *.csv *.txt);;All files (*)</source>
        <translation>Laskentataulukot ja tekstitiedostot (*.xlsx *.xls *.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Tiedostoa %1 ei löydy.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>A text file: %1, fields separated by %2.</source>
        <translation>Tekstitiedosto: %1, kenttien erotin %2.</translation>
    </message>
    <message numerus="yes">
        <source>An Excel workbook (.%1) with %Ln sheet(s).</source>
        <translation>
            <numerusform>Excel-työkirja (.%1), jossa on %Ln taulukko.</numerusform>
            <numerusform>Excel-työkirja (.%1), jossa on %Ln taulukkoa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>luotsi::gui::FirstStartDialog</name>
    <message>
        <source>Welcome to Luotsi</source>
        <translation>Tervetuloa Luotsiin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Luotsi&lt;/h3&gt;&lt;p&gt;A new customer register will be created in&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;How do you want to start?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tervetuloa Luotsiin&lt;/h3&gt;&lt;p&gt;Uusi asiakasrekisteri luodaan tiedostoon&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Miten haluat aloittaa?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>An &amp;empty register — for real work; fill it by hand or by import</source>
        <translation>&amp;Tyhjä rekisteri — varsinaiseen työhön; täytä käsin tai tuomalla tiedot</translation>
    </message>
    <message numerus="yes">
        <source>A &amp;demo register — %Ln realistic Finnish customers to try Luotsi with</source>
        <translation>
            <numerusform>&amp;Esittelyrekisteri — %Ln realistinen suomalainen asiakas Luotsin kokeiluun</numerusform>
            <numerusform>&amp;Esittelyrekisteri — %Ln realistista suomalaista asiakasta Luotsin kokeiluun</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>luotsi::gui::GroupComparisonModel</name>
    <message>
        <source>Phones</source>
        <translation>Puhelinnumerot</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Sähköpostiosoitteet</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Source keys</source>
        <translation>Lähdeavaimet</translation>
    </message>
    <message>
        <source>Keeps its id</source>
        <translation>Säilyttää numeronsa</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Jätetty pois</translation>
    </message>
    <message>
        <source>In the merge</source>
        <translation>Mukana</translation>
    </message>
    <message>
        <source>The survivor keeps its id; the others are merged into it.</source>
        <translation>Säilyvä tietue säilyttää numeronsa; muut yhdistetään siihen.</translation>
    </message>
    <message>
        <source>A record left out stays as it is and is not proposed with these again.</source>
        <translation>Pois jätetty tietue säilyy ennallaan, eikä sitä enää ehdoteta näiden kanssa.</translation>
    </message>
    <message>
        <source>Left out of the merge</source>
        <translation>Jätetty pois yhdistämisestä</translation>
    </message>
    <message>
        <source>Click to keep this value</source>
        <translation>Säilytä tämä arvo napsauttamalla</translation>
    </message>
    <message>
        <source>%1
id %2</source>
        <translation>%1
nro %2</translation>
    </message>
    <message>
        <source>Double-click to open the customer&apos;s card</source>
        <translation>Avaa asiakaskortti kaksoisnapsauttamalla</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Säilyvä tietue</translation>
    </message>
    <message>
        <source>Include in merge</source>
        <translation>Mukaan yhdistämiseen</translation>
    </message>
    <message>
        <source>The surviving record gets these from every record of the merge.</source>
        <translation>Säilyvä tietue saa nämä kaikista yhdistettävistä tietueista.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::HierarchySection</name>
    <message>
        <source>Parent</source>
        <translation>Yläorganisaatio</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Poi&amp;sta</translation>
    </message>
    <message>
        <source>Units and members</source>
        <translation>Yksiköt ja jäsenet</translation>
    </message>
    <message>
        <source>Remove parent</source>
        <translation>yläorganisaation poisto</translation>
    </message>
    <message>
        <source>Choose parent</source>
        <translation>yläorganisaation valinta</translation>
    </message>
    <message>
        <source>No parent</source>
        <translation>Ei yläorganisaatiota</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Hierarkia</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::HistorySection</name>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Vanha arvo</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Uusi arvo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Yhteystieto</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <source>Source key</source>
        <translation>Lähdeavain</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tyyppi</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>vastuuhenkilö</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>yläorganisaatio</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>lisätiedot</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>etunimi</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titteli</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>street</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postinumero</translation>
    </message>
    <message>
        <source>city</source>
        <translation>postitoimipaikka</translation>
    </message>
    <message>
        <source>country</source>
        <translation>maa</translation>
    </message>
    <message>
        <source>value</source>
        <translation>numero tai osoite</translation>
    </message>
    <message>
        <source>label</source>
        <translation>selite</translation>
    </message>
    <message>
        <source>group company</source>
        <translation>konserniyhtiö</translation>
    </message>
    <message>
        <source>since</source>
        <translation>asiakkaana alkaen</translation>
    </message>
    <message>
        <source>customer number</source>
        <translation>asiakasnumero</translation>
    </message>
    <message>
        <source>source system</source>
        <translation>lähdejärjestelmä</translation>
    </message>
    <message>
        <source>key</source>
        <translation>avain</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Lisätty: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Poistettu: %1</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Muutoshistoria</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::ImportHistoryPage</name>
    <message>
        <source>&lt;b&gt;Import history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tuontihistoria&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New import…</source>
        <translation>&amp;Uusi tuonti…</translation>
    </message>
    <message>
        <source>Import customers from an Excel or CSV file of a legacy system.</source>
        <translation>Tuo asiakkaita lähdejärjestelmän Excel- tai CSV-tiedostosta.</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>&amp;Peru tuontierä…</translation>
    </message>
    <message>
        <source>Remove the customers the batch created and restore the ones it changed.</source>
        <translation>Poista tuontierän luomat asiakkaat ja palauta sen muuttamat asiakkaat ennalleen.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Päi&amp;vitä</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Tuontihistoriaa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>No imports yet. &quot;New import…&quot; starts the conversion wizard.</source>
        <translation>Tuonteja ei ole vielä tehty. ”Uusi tuonti…” käynnistää tuontiavustajan.</translation>
    </message>
    <message>
        <source>The rows cannot be read: %1</source>
        <translation>Rivejä ei voi lukea: %1</translation>
    </message>
    <message>
        <source>Rows of batch %1: the first %2. &quot;luotsi-admin batches --show %1 --csv FILE&quot; writes them all.</source>
        <translation>Tuontierän %1 rivit: ensimmäiset %2. Komento ”luotsi-admin batches --show %1 --csv TIEDOSTO” kirjoittaa ne kaikki.</translation>
    </message>
    <message>
        <source>Rows of batch %1. Double-click a row to open its customer.</source>
        <translation>Tuontierän %1 rivit. Avaa rivin asiakas kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>Undo batch</source>
        <translation>Peru tuontierä</translation>
    </message>
    <message>
        <source>Undo batch %1 (%2)?

The %3 customer(s) it created are removed and the %4 it changed are restored as they were before it. If any of them was edited after the batch, nothing is changed and you get the list.</source>
        <translation>Perutaanko tuontierä %1 (%2)?

Sen luomat asiakkaat (%3) poistetaan ja sen muuttamat asiakkaat (%4) palautetaan ennalleen. Jos jotakin niistä on muokattu tuontierän jälkeen, mitään ei muuteta, ja saat luettelon näistä asiakkaista.</translation>
    </message>
    <message>
        <source>Undoing batch %1…</source>
        <translation>Perutaan tuontierää %1…</translation>
    </message>
    <message>
        <source>The batch was not undone: %1</source>
        <translation>Tuontierää ei peruttu: %1</translation>
    </message>
    <message>
        <source>The batch was not undone.

%1</source>
        <translation>Tuontierää ei peruttu.

%1</translation>
    </message>
    <message>
        <source>Batch %1 was not undone: later edits conflict.</source>
        <translation>Tuontierää %1 ei peruttu: myöhemmät muutokset ovat ristiriidassa sen kanssa.</translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 customer(s) removed, %3 restored.</source>
        <translation>Tuontierä %1 peruttu: asiakkaita poistettu %2, palautettu %3.</translation>
    </message>
    <message>
        <source>Undo batch %1 (%2)?

The sales facts it added are removed and the ones it changed are restored as they were before it. If a later batch changed any of them, nothing is changed and you get the list.</source>
        <translation>Perutaanko tuontierä %1 (%2)?

Sen lisäämät myyntitiedot poistetaan ja sen muuttamat myyntitiedot palautetaan ennalleen. Jos jokin myöhempi tuontierä on muuttanut niitä, mitään ei muuteta, ja saat luettelon näistä myyntitiedoista.</translation>
    </message>
    <message>
        <source>Batch %1 undone: %2 sales fact(s) removed, %3 restored.</source>
        <translation>Tuontierä %1 peruttu: myyntitietoja poistettu %2, palautettu %3.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::ImportWizard</name>
    <message>
        <source>Import customers</source>
        <translation>Asiakkaiden tuonti</translation>
    </message>
    <message>
        <source>Stop the import? Nothing of this file will be saved; the register stays as it was.</source>
        <translation>Keskeytetäänkö tuonti? Tiedostosta ei tallenneta mitään; rekisteri pysyy ennallaan.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::MainWindow</name>
    <message>
        <source>Luotsi — customer register</source>
        <translation>Luotsi — asiakasrekisteri</translation>
    </message>
    <message>
        <source>Recent customers</source>
        <translation>Viimeksi avatut asiakkaat</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Tietokanta: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Uusi asiakas</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Avaa tietokanta…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Järjestelmän oletus</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Luotsi</source>
        <translation>&amp;Tietoja Luotsista</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>Search customers: name, business ID, city, contact, phone, email (Ctrl+K)</source>
        <translation>Hae asiakkaita: nimi, Y-tunnus, paikkakunta, yhteyshenkilö, puhelin, sähköposti (Ctrl+K)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) shown</source>
        <translation>
            <numerusform>%Ln asiakas näkyvissä</numerusform>
            <numerusform>%Ln asiakasta näkyvissä</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or create a register</source>
        <translation>Avaa tai luo rekisteri</translation>
    </message>
    <message>
        <source>Luotsi register (*.sqlite *.db);;All files (*)</source>
        <translation>Luotsi-rekisteri (*.sqlite *.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>The language changes when Luotsi is started again.</source>
        <translation>Kieli vaihtuu, kun Luotsi käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>About Luotsi</source>
        <translation>Tietoja Luotsista</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Luotsi %1&lt;/h3&gt;&lt;p&gt;One customer register for the whole group: the customer card, segments, account plans, the sales pipeline and reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Luotsi %1&lt;/h3&gt;&lt;p&gt;Yksi asiakasrekisteri koko konsernille: asiakaskortti, segmentit, asiakkuussuunnitelmat, myyntiputki ja raportit.&lt;/p&gt;&lt;p&gt;Tietokanta: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::MappingPage</name>
    <message>
        <source>Columns and fields</source>
        <translation>Sarakkeet ja kentät</translation>
    </message>
    <message>
        <source>Choose the register field of each column. The suggestions come from the headers and the values; a saved profile for the same system is applied automatically. Columns marked &quot;(ignore)&quot; are not imported.</source>
        <translation>Valitse kullekin sarakkeelle rekisterin kenttä. Ehdotukset perustuvat otsikoihin ja arvoihin; saman järjestelmän tallennettu tuontiprofiili otetaan käyttöön automaattisesti. Sarakkeita, joiden kentäksi on valittu ”(ohita)”, ei tuoda.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Esimerkkiarvot</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Varmuus</translation>
    </message>
    <message>
        <source>The legacy system the file comes from. Its keys are kept on the customers, so that the next file from the same system finds them again.</source>
        <translation>Lähdejärjestelmä, josta tiedosto on peräisin. Sen avaimet tallennetaan asiakkaille, jotta saman järjestelmän seuraava tiedosto löytää ne uudelleen.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaita</translation>
    </message>
    <message>
        <source>Contact persons of existing customers</source>
        <translation>Nykyisten asiakkaiden yhteyshenkilöitä</translation>
    </message>
    <message>
        <source>Relationships to a group company</source>
        <translation>Asiakkuuksia konserniyhtiöön</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei valittu)</translation>
    </message>
    <message>
        <source>First name first (Matti Virtanen)</source>
        <translation>Etunimi ensin (Matti Virtanen)</translation>
    </message>
    <message>
        <source>Last name first (Virtanen Matti)</source>
        <translation>Sukunimi ensin (Virtanen Matti)</translation>
    </message>
    <message>
        <source>A row without an organisation name is a private person</source>
        <translation>Rivi, jolla ei ole organisaation nimeä, on yksityishenkilö</translation>
    </message>
    <message>
        <source>The batch</source>
        <translation>Tuontierä</translation>
    </message>
    <message>
        <source>&amp;Source system:</source>
        <translation>&amp;Lähdejärjestelmä:</translation>
    </message>
    <message>
        <source>&amp;Rows become:</source>
        <translation>&amp;Rivit ovat:</translation>
    </message>
    <message>
        <source>&amp;Group company:</source>
        <translation>&amp;Konserniyhtiö:</translation>
    </message>
    <message>
        <source>&amp;Persons&apos; names:</source>
        <translation>&amp;Henkilöiden nimet:</translation>
    </message>
    <message>
        <source>Values for fields the file lacks</source>
        <translation>Arvot kentille, jotka tiedostosta puuttuvat</translation>
    </message>
    <message>
        <source>No column is mapped to a field yet.</source>
        <translation>Yhtään saraketta ei ole vielä määritetty kenttään.</translation>
    </message>
    <message>
        <source>No column is mapped to a name: every row would be rejected. Map the customer&apos;s name (or a person&apos;s name) to a column.</source>
        <translation>Mitään saraketta ei ole määritetty nimeksi: jokainen rivi hylättäisiin. Määritä jokin sarake asiakkaan nimeksi (tai henkilön nimeksi).</translation>
    </message>
    <message>
        <source>Choose the group company the relationships belong to.</source>
        <translation>Valitse konserniyhtiö, johon asiakkuudet kuuluvat.</translation>
    </message>
    <message>
        <source>Sales facts (revenue per customer, group company and month)</source>
        <translation>Myyntitietoja (myynti asiakkaittain, konserniyhtiöittäin ja kuukausittain)</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::MatchingPage</name>
    <message>
        <source>Matching review</source>
        <translation>Täsmäytyksen tarkistus</translation>
    </message>
    <message>
        <source>How the rows match the register and each other. Rows that resemble an existing customer but not surely are possible duplicates: decide whether each is that customer (merge), another customer (create new) or not wanted (skip).</source>
        <translation>Miten rivit vastaavat rekisteriä ja toisiaan. Rivit, jotka muistuttavat olemassa olevaa asiakasta mutta eivät varmasti ole sama, ovat mahdollisia kaksoiskappaleita: päätä kunkin kohdalla, onko se sama asiakas (yhdistä), eri asiakas (luo uusi) vai tarpeeton (ohita).</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>The selected rows are the customers they resemble: add their data to those customers.</source>
        <translation>Valitut rivit ovat samoja asiakkaita, joita ne muistuttavat: lisää rivien tiedot näille asiakkaille.</translation>
    </message>
    <message>
        <source>Create &amp;new</source>
        <translation>Luo &amp;uusi</translation>
    </message>
    <message>
        <source>The selected rows are other customers: create each as new.</source>
        <translation>Valitut rivit ovat eri asiakkaita: luo kustakin uusi asiakas.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Ohita</translation>
    </message>
    <message>
        <source>Do not import the selected rows; the report lists them.</source>
        <translation>Älä tuo valittuja rivejä; ne luetellaan raportissa.</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Päätä &amp;myöhemmin</translation>
    </message>
    <message>
        <source>Keep the selected rows out of the register for now; the report lists them for a later import.</source>
        <translation>Jätä valitut rivit toistaiseksi rekisterin ulkopuolelle; raportti luettelee ne myöhempää tuontia varten.</translation>
    </message>
    <message>
        <source>For the selected rows:</source>
        <translation>Valituille riveille:</translation>
    </message>
    <message>
        <source>No possible duplicates: nothing to decide.</source>
        <translation>Ei mahdollisia kaksoiskappaleita: päätettävää ei ole.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s). Double-click a decision to change it, or select rows and use the buttons below. Undecided rows stay out of the register and are listed in the report.</source>
        <translation>
            <numerusform>%Ln mahdollinen kaksoiskappale. Muuta päätöstä kaksoisnapsauttamalla sitä tai valitse rivejä ja käytä alla olevia painikkeita. Rivit, joista ei ole päätetty, jäävät rekisterin ulkopuolelle ja luetellaan raportissa.</numerusform>
            <numerusform>%Ln mahdollista kaksoiskappaletta. Muuta päätöstä kaksoisnapsauttamalla sitä tai valitse rivejä ja käytä alla olevia painikkeita. Rivit, joista ei ole päätetty, jäävät rekisterin ulkopuolelle ja luetellaan raportissa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales facts: every row&apos;s customer was found by its key, customer number or business ID, or the row is rejected (the cleaning preview says why). New: facts the register does not have yet; Update: facts whose revenue or orders change; Unchanged: facts the register already has as the file says.</source>
        <translation>Myyntitiedot: jokaisen rivin asiakas on löydetty avaimen, asiakasnumeron tai Y-tunnuksen perusteella, tai rivi on hylätty (syy näkyy puhdistuksen esikatselussa). Uusi: myyntitiedot, joita rekisterissä ei vielä ole; Päivitys: myyntitiedot, joiden myynti tai tilaukset muuttuvat; Ei muutoksia: myyntitiedot, jotka ovat rekisterissä jo samoina kuin tiedostossa.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::MergeHistoryModel</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (nro %2)</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Peruttu %1</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Yhdistetty</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Säilynyt tietue</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Siihen yhdistetyt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::MergeHistoryPage</name>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Peru yhdistäminen…</translation>
    </message>
    <message>
        <source>Bring the merged records back as they were and restore the survivor.</source>
        <translation>Palauta yhdistetyt tietueet ennalleen ja säilynyt tietue yhdistämistä edeltäneeseen tilaan.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Päi&amp;vitä</translation>
    </message>
    <message>
        <source>The merges cannot be read: %1</source>
        <translation>Yhdistämisiä ei voi lukea: %1</translation>
    </message>
    <message>
        <source>No merges yet. Merges made on the Duplicates tab are listed here and can be undone.</source>
        <translation>Yhdistämisiä ei ole vielä tehty. Kaksoiskappaleet-välilehdellä tehdyt yhdistämiset näkyvät tässä, ja ne voi perua.</translation>
    </message>
    <message>
        <source>Double-click a merge to open the surviving customer.</source>
        <translation>Avaa säilynyt asiakas kaksoisnapsauttamalla yhdistämistä.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Peru yhdistäminen</translation>
    </message>
    <message>
        <source>Undo the merge of %1?

&quot;%2&quot; gets back the data it had before the merge, and these records return with their own ids:
%3</source>
        <translation>Perutaanko %1 tehty yhdistäminen?

”%2” saa takaisin yhdistämistä edeltäneet tietonsa, ja nämä tietueet palautetaan omilla numeroillaan:
%3</translation>
    </message>
    <message>
        <source>The merge was not undone: %1</source>
        <translation>Yhdistämistä ei peruttu: %1</translation>
    </message>
    <message>
        <source>The merge was not undone.

%1</source>
        <translation>Yhdistämistä ei peruttu.

%1</translation>
    </message>
    <message>
        <source>The merge into &quot;%1&quot; was undone.</source>
        <translation>Yhdistäminen asiakkaaseen ”%1” peruttiin.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::PreviewRowsModel</name>
    <message>
        <source>Rejected</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Korjattu</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1 → %2)</source>
        <translation> (%1 → %2)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>Tiedostossa: %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Name after cleaning</source>
        <translation>Nimi puhdistuksen jälkeen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Havainnot</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::ProfileBar</name>
    <message>
        <source>&amp;Load</source>
        <translation>La&amp;taa</translation>
    </message>
    <message>
        <source>Replace the mapping below with the chosen profile.</source>
        <translation>Korvaa alla oleva sarakemääritys valitulla tuontiprofiililla.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <source>Save the mapping below as a profile for the next file from the same system.</source>
        <translation>Tallenna alla oleva sarakemääritys tuontiprofiiliksi saman järjestelmän seuraavaa tiedostoa varten.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Write the mapping below to a JSON file.</source>
        <translation>Kirjoita alla oleva sarakemääritys JSON-tiedostoon.</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>T&amp;uo…</translation>
    </message>
    <message>
        <source>Read a profile from a JSON file, store it and use it.</source>
        <translation>Lue tuontiprofiili JSON-tiedostosta, tallenna se ja ota se käyttöön.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profiili:</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(ei profiilia)</translation>
    </message>
    <message>
        <source>No saved profile matches the headers: the mapping below is suggested from the headers and the values.</source>
        <translation>Mikään tallennettu tuontiprofiili ei vastaa otsikoita: alla oleva sarakemääritys on ehdotettu otsikoiden ja arvojen perusteella.</translation>
    </message>
    <message>
        <source>The saved profile &quot;%1&quot; matches the headers and was applied.</source>
        <translation>Tallennettu tuontiprofiili ”%1” vastaa otsikoita, ja se otettiin käyttöön.</translation>
    </message>
    <message>
        <source>Load profile</source>
        <translation>Lataa tuontiprofiili</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not fit this sheet: %2</source>
        <translation>Tuontiprofiili ”%1” ei sovi tähän taulukkoon: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was loaded.</source>
        <translation>Tuontiprofiili ”%1” ladattiin.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Tallenna tuontiprofiili</translation>
    </message>
    <message>
        <source>Name of the profile (for example the source system):</source>
        <translation>Tuontiprofiilin nimi (esimerkiksi lähdejärjestelmä):</translation>
    </message>
    <message>
        <source>A profile &quot;%1&quot; exists. Replace it?</source>
        <translation>Tuontiprofiili ”%1” on jo olemassa. Korvataanko se?</translation>
    </message>
    <message>
        <source>Saved as the profile &quot;%1&quot;.</source>
        <translation>Tallennettu tuontiprofiiliksi ”%1”.</translation>
    </message>
    <message>
        <source>Export the mapping</source>
        <translation>Vie sarakemääritys</translation>
    </message>
    <message>
        <source>Mapping profiles (*.json)</source>
        <translation>Tuontiprofiilit (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The mapping was written to %1.</source>
        <translation>Sarakemääritys kirjoitettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation>Tuo tuontiprofiili tiedostosta</translation>
    </message>
    <message>
        <source>Mapping profiles (*.json);;All files (*)</source>
        <translation>Tuontiprofiilit (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was stored, but it does not fit this sheet: %2</source>
        <translation>Tuontiprofiili ”%1” tallennettiin, mutta se ei sovi tähän taulukkoon: %2</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was imported and applied.</source>
        <translation>Tuontiprofiili ”%1” tuotiin ja otettiin käyttöön.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::ProvenanceSection</name>
    <message numerus="yes">
        <source>(+ %n more)</source>
        <translation>
            <numerusform>(+ %n muu)</numerusform>
            <numerusform>(+ %n muuta)</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Nykyinen arvo</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Alkuperä</translation>
    </message>
    <message>
        <source>Keys in the source systems</source>
        <translation>Avaimet lähdejärjestelmissä</translation>
    </message>
    <message>
        <source>Source system</source>
        <translation>Lähdejärjestelmä</translation>
    </message>
    <message>
        <source>Key in the source</source>
        <translation>Avain lähdejärjestelmässä</translation>
    </message>
    <message>
        <source>Import batch</source>
        <translation>Tuontierä</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Yläorganisaatio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Osoitteet</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Puhelinnumerot</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Sähköpostiosoitteet</translation>
    </message>
    <message>
        <source>Web sites</source>
        <translation>Verkkosivut</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Asiakkuudet</translation>
    </message>
    <message>
        <source>Merge %1 · %2</source>
        <translation>Yhdistäminen %1 · %2</translation>
    </message>
    <message>
        <source>Merge %1 · from %2 · %3</source>
        <translation>Yhdistäminen %1 · lähde: %2 · %3</translation>
    </message>
    <message>
        <source>Import batch %1 · %2 · %3</source>
        <translation>Tuontierä %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Import · %1 · %2</source>
        <translation>Tuonti · %1 · %2</translation>
    </message>
    <message>
        <source>a removed user</source>
        <translation>poistettu käyttäjä</translation>
    </message>
    <message>
        <source>Edited by %1 · %2</source>
        <translation>Muokannut %1 · %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>syötetty käsin</translation>
    </message>
    <message>
        <source>Import batch %1</source>
        <translation>Tuontierä %1</translation>
    </message>
    <message>
        <source>Import batch %1 (file %2)</source>
        <translation>Tuontierä %1 (tiedosto %2)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::QualityOverviewPage</name>
    <message>
        <source>&lt;b&gt;Data quality of the register&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rekisterin tietojen laatu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Päi&amp;vitä</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Laske uudelleen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) without a business ID</source>
        <translation>
            <numerusform>%Ln organisaatio ilman Y-tunnusta</numerusform>
            <numerusform>%Ln organisaatiota ilman Y-tunnusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) with an invalid email</source>
        <translation>
            <numerusform>%Ln asiakas, jolla on virheellinen sähköpostiosoite</numerusform>
            <numerusform>%Ln asiakasta, joilla on virheellinen sähköpostiosoite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) with an invalid phone number</source>
        <translation>
            <numerusform>%Ln asiakas, jolla on virheellinen puhelinnumero</numerusform>
            <numerusform>%Ln asiakasta, joilla on virheellinen puhelinnumero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) without an owner</source>
        <translation>
            <numerusform>%Ln asiakas ilman vastuuhenkilöä</numerusform>
            <numerusform>%Ln asiakasta ilman vastuuhenkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in duplicate groups</source>
        <translation>
            <numerusform>%Ln asiakas käsittelemättömissä kaksoiskappaleryhmissä</numerusform>
            <numerusform>%Ln asiakasta käsittelemättömissä kaksoiskappaleryhmissä</numerusform>
        </translation>
    </message>
    <message>
        <source>Companies, parishes, associations and public bodies with no business ID. Persons are not counted.</source>
        <translation>Yritykset, seurakunnat, yhdistykset ja julkisyhteisöt, joilta puuttuu Y-tunnus. Henkilöitä ei lasketa.</translation>
    </message>
    <message>
        <source>An own email address or a contact person&apos;s that is not an address.</source>
        <translation>Asiakkaan oma tai yhteyshenkilön sähköpostiosoite ei ole kelvollinen osoite.</translation>
    </message>
    <message>
        <source>An own phone number or a contact person&apos;s that could not be read as a number.</source>
        <translation>Asiakkaan omaa tai yhteyshenkilön puhelinnumeroa ei voitu tulkita numeroksi.</translation>
    </message>
    <message>
        <source>Nobody in the group is responsible for the customer.</source>
        <translation>Asiakkaalle ei ole nimetty vastuuhenkilöä konsernissa.</translation>
    </message>
    <message>
        <source>Possible duplicates waiting for a decision on the Duplicates tab.</source>
        <translation>Mahdolliset kaksoiskappaleet, jotka odottavat päätöstä Kaksoiskappaleet-välilehdellä.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <source>The register could not be counted: %1</source>
        <translation>Rekisterin laskenta epäonnistui: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) in the register, counted at %1. Click a line to list the customers.</source>
        <translation>
            <numerusform>Rekisterissä on %Ln asiakas, laskettu klo %1. Avaa asiakasluettelo napsauttamalla riviä.</numerusform>
            <numerusform>Rekisterissä on %Ln asiakasta, laskettu klo %1. Avaa asiakasluettelo napsauttamalla riviä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>luotsi::gui::ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>The batch is in the register. The import history lists it with every row&apos;s outcome, and can undo it.</source>
        <translation>Tuontierä on rekisterissä. Tuontihistoriassa näkyy erä ja jokaisen rivin tulos, ja siellä erän voi myös perua.</translation>
    </message>
    <message>
        <source>&amp;Save rejected and skipped rows…</source>
        <translation>&amp;Tallenna hylätyt ja ohitetut rivit…</translation>
    </message>
    <message>
        <source>Batch %1: %2, sheet %3, source system %4.</source>
        <translation>Tuontierä %1: %2, taulukko %3, lähdejärjestelmä %4.</translation>
    </message>
    <message>
        <source>Profile %1.</source>
        <translation>Tuontiprofiili %1.</translation>
    </message>
    <message>
        <source>%1 rows in %2 s.</source>
        <translation>Rivejä %1, aikaa %2 s.</translation>
    </message>
    <message>
        <source>The same file was imported before as batch %1.</source>
        <translation>Sama tiedosto on tuotu aiemmin tuontieränä %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) did not reach the register. Save them with the reason per row, fix them in Excel and import the file again.</source>
        <translation>
            <numerusform>%Ln rivi ei päätynyt rekisteriin. Tallenna se syineen, korjaa se Excelissä ja tuo tiedosto uudelleen.</numerusform>
            <numerusform>%Ln riviä ei päätynyt rekisteriin. Tallenna ne rivikohtaisine syineen, korjaa ne Excelissä ja tuo tiedosto uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row reached the register.</source>
        <translation>Kaikki rivit päätyivät rekisteriin.</translation>
    </message>
    <message>
        <source>%1-not-imported.xlsx</source>
        <translation>%1-tuomatta.xlsx</translation>
    </message>
    <message>
        <source>Save rejected and skipped rows</source>
        <translation>Tallenna hylätyt ja ohitetut rivit</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolons (*.csv)</source>
        <translation>Excel-työkirja (*.xlsx);;CSV, puolipisteillä eroteltu (*.csv)</translation>
    </message>
    <message>
        <source>The rows could not be saved: %1</source>
        <translation>Rivejä ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Tallennettu tiedostoon %1.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::RuleEditor</name>
    <message>
        <source>Every customer (catch-all): a rule without conditions holds for everyone that a segment before this one did not take.</source>
        <translation>Kaikki asiakkaat (kaikki muut): sääntö ilman ehtoja pätee jokaiseen asiakkaaseen, jota mikään tätä edeltävä segmentti ei ole jo ottanut.</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>Lisää e&amp;hto</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Lisää ryh&amp;mä</translation>
    </message>
    <message>
        <source>A group combines its own conditions with all or any, e.g. &quot;revenue ≥ 50 000 € or buys from three companies&quot;.</source>
        <translation>Ryhmä yhdistää omat ehtonsa niin, että kaikkien tai vähintään yhden niistä on pädettävä, esim. ”myynti ≥ 50 000 € tai ostaa kolmelta yhtiöltä”.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>P&amp;oista</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Ryhmä:</translation>
    </message>
    <message>
        <source>Customers for whom</source>
        <translation>Asiakkaat, joille</translation>
    </message>
    <message>
        <source>all of the following hold</source>
        <translation>kaikki seuraavat pätevät</translation>
    </message>
    <message>
        <source>any of the following holds</source>
        <translation>vähintään yksi seuraavista pätee</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::RuleEditorCheckList</name>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::RuleEditorCriterionRow</name>
    <message>
        <source>The group company whose sales count</source>
        <translation>Konserniyhtiö, jonka myynti lasketaan</translation>
    </message>
    <message>
        <source>Tags separated by commas</source>
        <translation>Tunnisteet pilkuin eroteltuina</translation>
    </message>
    <message>
        <source>Cities separated by commas</source>
        <translation>Paikkakunnat pilkuin eroteltuina</translation>
    </message>
    <message>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> tilausta</translation>
    </message>
    <message>
        <source> companies</source>
        <translation> yhtiötä</translation>
    </message>
    <message>
        <source> months</source>
        <translation> kk</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::RuleExplanationDialog</name>
    <message>
        <source>Test on a customer</source>
        <translation>Testaa asiakkaalla</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Asiakas %1</translation>
    </message>
    <message>
        <source>The facts are counted over the 12 months up to this day&apos;s month.</source>
        <translation>Tiedot lasketaan 12 kuukaudelta valitun päivän kuukauteen asti.</translation>
    </message>
    <message>
        <source>Open the customer&apos;s &amp;card</source>
        <translation>Avaa asiakas&amp;kortti</translation>
    </message>
    <message>
        <source>Every active segment in priority order, with its saved rule:</source>
        <translation>Kaikki käytössä olevat segmentit prioriteettijärjestyksessä tallennettuine sääntöineen:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Tilanne:</translation>
    </message>
    <message>
        <source>new segment</source>
        <translation>uusi segmentti</translation>
    </message>
    <message>
        <source>The rule of %1 as edited here:</source>
        <translation>Muokattu sääntö (%1):</translation>
    </message>
    <message>
        <source>← wins</source>
        <translation>← voittaa</translation>
    </message>
    <message>
        <source>The rules put the customer in %1.</source>
        <translation>Säännöt sijoittavat asiakkaan segmenttiin %1.</translation>
    </message>
    <message>
        <source>No segment&apos;s rule holds: the customer gets no segment.</source>
        <translation>Minkään segmentin sääntö ei päde: asiakas ei saa segmenttiä.</translation>
    </message>
    <message>
        <source>A manual segment wins over the rules until %1: %2 (%3).</source>
        <translation>Käsin asetettu segmentti ohittaa säännöt %1 asti: %2 (%3).</translation>
    </message>
    <message>
        <source>A manual segment wins over the rules: %1 (%2).</source>
        <translation>Käsin asetettu segmentti ohittaa säännöt: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::RunMatrixModel</name>
    <message numerus="yes">
        <source>%Ln customer(s) evaluated</source>
        <translation>
            <numerusform>%Ln asiakas arvioitu</numerusform>
            <numerusform>%Ln asiakasta arvioitu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) end up in %1</source>
        <translation>
            <numerusform>%Ln asiakas päätyy segmenttiin %1</numerusform>
            <numerusform>%Ln asiakasta päätyy segmenttiin %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) are now in %1</source>
        <translation>
            <numerusform>%Ln asiakas on nyt segmentissä %1</numerusform>
            <numerusform>%Ln asiakasta on nyt segmentissä %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) stay in %1</source>
        <translation>
            <numerusform>%Ln asiakas pysyy segmentissä %1</numerusform>
            <numerusform>%Ln asiakasta pysyy segmentissä %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) move from %1 to %2</source>
        <translation>
            <numerusform>%Ln asiakas siirtyy segmentistä %1 segmenttiin %2</numerusform>
            <numerusform>%Ln asiakasta siirtyy segmentistä %1 segmenttiin %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>After the run</source>
        <translation>Ajon jälkeen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::RunMovesModel</name>
    <message>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>Keep in %1</source>
        <translation>Pidetään segmentissä %1</translation>
    </message>
    <message>
        <source>Keep in %1: %2</source>
        <translation>Pidetään segmentissä %1: %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Segmentistä</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Segmenttiin</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::RunPage</name>
    <message numerus="yes">
        <source>%Ln s</source>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>The rows are written to the register as one batch. Until the batch is complete nothing is saved: cancelling leaves the register exactly as it was.</source>
        <translation>Rivit kirjoitetaan rekisteriin yhtenä tuontieränä. Mitään ei tallenneta ennen kuin erä on valmis: keskeyttäminen jättää rekisterin täsmälleen ennalleen.</translation>
    </message>
    <message>
        <source>Show the &amp;report</source>
        <translation>Näytä &amp;raportti</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Keskeytä tuonti</translation>
    </message>
    <message>
        <source>Cancelling leaves the register untouched: no row of this file is saved.</source>
        <translation>Keskeyttäminen jättää rekisterin koskemattomaksi: tiedoston riveistä ei tallenneta yhtäkään.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message>
        <source>%1 rows read; saving the batch…</source>
        <translation>Rivejä luettu %1; tallennetaan tuontierää…</translation>
    </message>
    <message>
        <source>%1 of about %2 rows</source>
        <translation>%1 / noin %2 riviä</translation>
    </message>
    <message>
        <source>%1 rows per second, about %2 left</source>
        <translation>%1 riviä sekunnissa, aikaa jäljellä noin %2</translation>
    </message>
    <message>
        <source>Cancelling: the batch is being rolled back…</source>
        <translation>Keskeytetään: tuontierää perutaan…</translation>
    </message>
    <message>
        <source>The import failed and the register was not changed.
%1</source>
        <translation>Tuonti epäonnistui, eikä rekisteriä muutettu.
%1</translation>
    </message>
    <message>
        <source>Done: %1 rows imported as batch %2.</source>
        <translation>Valmis: rivejä tuotu %1, tuontierä %2.</translation>
    </message>
    <message>
        <source>%1 s, %2 rows per second</source>
        <translation>%1 s, %2 riviä sekunnissa</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Aloita alusta</translation>
    </message>
    <message>
        <source>Cancelled. The register was not changed. Start again, or close the wizard.</source>
        <translation>Keskeytetty. Rekisteriä ei muutettu. Aloita alusta tai sulje avustaja.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SalesFactsPanel</name>
    <message>
        <source>Sales</source>
        <translation>Myynti</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>ei arvioitu</translation>
    </message>
    <message>
        <source>What this customer could buy from the group in a year</source>
        <translation>Kuinka paljon asiakas voisi ostaa konsernilta vuodessa</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. partner, framework agreement</source>
        <translation>Pilkuin eroteltuina, esim. kumppani, puitesopimus</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save the potential and the tags</source>
        <translation>Tallenna potentiaali ja tunnisteet</translation>
    </message>
    <message>
        <source>Revenue, last 12 months:</source>
        <translation>Myynti, 12 kk:</translation>
    </message>
    <message>
        <source>By group company:</source>
        <translation>Konserniyhtiöittäin:</translation>
    </message>
    <message>
        <source>Orders, last 12 months:</source>
        <translation>Tilaukset, 12 kk:</translation>
    </message>
    <message>
        <source>Last purchase:</source>
        <translation>Viimeisin osto:</translation>
    </message>
    <message>
        <source>Trend:</source>
        <translation>Trendi:</translation>
    </message>
    <message>
        <source>Estimated &amp;potential:</source>
        <translation>A&amp;rvioitu potentiaali:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tunnisteet:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message numerus="yes">
        <source>%n group company(s)</source>
        <translation>
            <numerusform>%n konserniyhtiö</numerusform>
            <numerusform>%n konserniyhtiötä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>%1 % against the 12 months before</source>
        <translation>%1 % edelliseen 12 kuukauteen verrattuna</translation>
    </message>
    <message>
        <source>no sales in the 12 months before</source>
        <translation>ei myyntiä edellisten 12 kuukauden aikana</translation>
    </message>
    <message>
        <source>The potential was not saved: %1</source>
        <translation>Potentiaalia ei tallennettu: %1</translation>
    </message>
    <message>
        <source>The tags were not saved: %1</source>
        <translation>Tunnisteita ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentCarePanel</name>
    <message>
        <source>How to serve this customer</source>
        <translation>Näin palvelemme tätä asiakasta</translation>
    </message>
    <message>
        <source>The care model follows from the segment.</source>
        <translation>Hoitomalli määräytyy segmentin mukaan.</translation>
    </message>
    <message>
        <source>Account plan required: yes</source>
        <translation>Asiakkuussuunnitelma vaaditaan: kyllä</translation>
    </message>
    <message>
        <source>Account plan required: no</source>
        <translation>Asiakkuussuunnitelma vaaditaan: ei</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rytmi</translation>
    </message>
    <message>
        <source>No channels set for this segment</source>
        <translation>Tälle segmentille ei ole määritetty kanavia</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentDefinitionsPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The segment &quot;%1&quot; has changes that are not saved.</source>
        <translation>Segmentin ”%1” muutoksia ei ole tallennettu.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Tallennetaanko ne ennen jatkamista?</translation>
    </message>
    <message>
        <source>Make &amp;primary</source>
        <translation>Tee &amp;ensisijaiseksi</translation>
    </message>
    <message>
        <source>The primary segmentation is the one the customer list, the card and the segment report show.</source>
        <translation>Ensisijainen segmentointi näkyy asiakasluettelossa, asiakaskortilla ja segmenttiraportissa.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Siirrä alas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>T&amp;allenna</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Peru muutokset</translation>
    </message>
    <message>
        <source>&amp;Test on a customer…</source>
        <translation>&amp;Testaa asiakkaalla…</translation>
    </message>
    <message>
        <source>Shows why the rule as edited holds or not for one customer, and which segment the saved rules give the customer.</source>
        <translation>Näyttää, miksi muokattu sääntö pätee tai ei päde yhteen asiakkaaseen ja mihin segmenttiin tallennetut säännöt asiakkaan sijoittavat.</translation>
    </message>
    <message>
        <source>Se&amp;gmentation:</source>
        <translation>Se&amp;gmentointi:</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (ensisijainen)</translation>
    </message>
    <message>
        <source>The segmentations could not be read: %1</source>
        <translation>Segmentointeja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>Segmenttejä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>new segment</source>
        <translation>uusi segmentti</translation>
    </message>
    <message>
        <source>The segment was not saved: %1</source>
        <translation>Segmenttiä ei tallennettu: %1</translation>
    </message>
    <message>
        <source>The segment was not moved: %1</source>
        <translation>Segmenttiä ei siirretty: %1</translation>
    </message>
    <message>
        <source>The segmentation was not made primary: %1</source>
        <translation>Segmentointia ei tehty ensisijaiseksi: %1</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentEditor</name>
    <message>
        <source>Segment colour</source>
        <translation>Segmentin väri</translation>
    </message>
    <message>
        <source>The colour the customer list and reports show the segment in</source>
        <translation>Väri, jolla segmentti näytetään asiakasluettelossa ja raporteissa</translation>
    </message>
    <message>
        <source>Rules are tried from the lowest priority up; the first that holds wins.</source>
        <translation>Säännöt käydään läpi pienimmästä prioriteettiluvusta alkaen; ensimmäinen pätevä sääntö ratkaisee.</translation>
    </message>
    <message>
        <source>A&amp;ctive</source>
        <translation>&amp;Käytössä</translation>
    </message>
    <message>
        <source>Runs place customers only in active segments. Deactivate rather than delete: the history keeps the segment&apos;s name.</source>
        <translation>Ajot sijoittavat asiakkaita vain käytössä oleviin segmentteihin. Poista segmentti mieluummin käytöstä kuin kokonaan: historiaan jää segmentin nimi.</translation>
    </message>
    <message>
        <source>Account &amp;plan required</source>
        <translation>Asiakkuussuunnitelma &amp;vaaditaan</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>K&amp;uvaus:</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>Vä&amp;ri:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>Pr&amp;ioriteetti:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <source>New segment (not saved yet)</source>
        <translation>Uusi segmentti (ei vielä tallennettu)</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentFlowsModel</name>
    <message>
        <source>At start</source>
        <translation>Alussa</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Tulleet</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lähteneet</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>Lopussa</translation>
    </message>
    <message>
        <source>Customers in the segment on the first day</source>
        <translation>Segmentin asiakkaat jakson ensimmäisenä päivänä</translation>
    </message>
    <message>
        <source>Customers who came into the segment during the period</source>
        <translation>Jakson aikana segmenttiin tulleet asiakkaat</translation>
    </message>
    <message>
        <source>Customers who went out of the segment during the period</source>
        <translation>Jakson aikana segmentistä lähteneet asiakkaat</translation>
    </message>
    <message>
        <source>Customers in the segment on the last day</source>
        <translation>Segmentin asiakkaat jakson viimeisenä päivänä</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentFlowsPage</name>
    <message>
        <source>&amp;Segmentation:</source>
        <translation>&amp;Segmentointi:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkupäivä:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Loppupäivä:</translation>
    </message>
    <message>
        <source>The segmentations could not be read: %1</source>
        <translation>Segmentointeja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Jakso päättyy ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>Segmenttejä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The changes could not be counted: %1</source>
        <translation>Muutoksia ei voitu laskea: %1</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentListModel</name>
    <message>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteetti</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>Account plan</source>
        <translation>Asiakkuussuunnitelma</translation>
    </message>
    <message>
        <source>Rules are tried from the lowest priority up; the first that holds wins.</source>
        <translation>Säännöt käydään läpi pienimmästä prioriteettiluvusta alkaen; ensimmäinen pätevä sääntö ratkaisee.</translation>
    </message>
    <message>
        <source>Customers of the segment need an account plan.</source>
        <translation>Segmentin asiakkaille tarvitaan asiakkuussuunnitelma.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentOverrideDialog</name>
    <message>
        <source>Set segment by hand</source>
        <translation>Aseta segmentti käsin</translation>
    </message>
    <message>
        <source>Required: why this customer belongs there</source>
        <translation>Pakollinen: miksi asiakas kuuluu tähän segmenttiin</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Viimeinen päivä</translation>
    </message>
    <message>
        <source>Re-segmentation runs keep the customer in this segment until the manual segment is removed or its last day has passed.</source>
        <translation>Segmentointiajot pitävät asiakkaan tässä segmentissä, kunnes käsin asetettu segmentti poistetaan tai sen viimeinen voimassaolopäivä on ohi.</translation>
    </message>
    <message>
        <source>Set segment</source>
        <translation>Aseta segmentti</translation>
    </message>
    <message>
        <source>Segmentation:</source>
        <translation>Segmentointi:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmentti:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>S&amp;yy:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Voimassa:</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentRunDecisions</name>
    <message>
        <source>Counting was cancelled.</source>
        <translation>Laskenta keskeytettiin.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentRunKeepDialog</name>
    <message>
        <source>Keep in segment</source>
        <translation>Pidä segmentissä</translation>
    </message>
    <message numerus="yes">
        <source>The %n customer(s) chosen stay in the segment below instead of moving. The reason is kept in their segment history.</source>
        <translation>
            <numerusform>%n valittu asiakas pysyy alla valitussa segmentissä eikä siirry. Syy tallennetaan asiakkaan segmenttihistoriaan.</numerusform>
            <numerusform>%n valittua asiakasta pysyy alla valitussa segmentissä eikä siirry. Syy tallennetaan asiakkaiden segmenttihistoriaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. a framework agreement is being negotiated</source>
        <translation>esim. puitesopimuksesta neuvotellaan parhaillaan</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmentti:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>S&amp;yy:</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Pidä</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentRunListModel</name>
    <message>
        <source>Yearly review</source>
        <translation>Vuosikatselmointi</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ajo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Otettu käyttöön</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Applied %1</source>
        <translation>Otettu käyttöön %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentRunView</name>
    <message>
        <source>Rows: the segment now. Columns: the segment after the run. Click a cell to see who moves.</source>
        <translation>Rivit: segmentti nyt. Sarakkeet: segmentti ajon jälkeen. Näet siirtyvät asiakkaat napsauttamalla solua.</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>&amp;Ota käyttöön…</translation>
    </message>
    <message>
        <source>Moves the customers as the preview shows, in one transaction.</source>
        <translation>Siirtää asiakkaat esikatselun mukaisesti yhtenä tietokantatapahtumana.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>Double-click a customer to open the card.</source>
        <translation>Avaa asiakaskortti kaksoisnapsauttamalla asiakasta.</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Näytä &amp;lisää</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>V&amp;ahvista</translation>
    </message>
    <message>
        <source>The chosen customers move as proposed.</source>
        <translation>Valitut asiakkaat siirtyvät ehdotuksen mukaisesti.</translation>
    </message>
    <message>
        <source>&amp;Keep in segment…</source>
        <translation>&amp;Pidä segmentissä…</translation>
    </message>
    <message>
        <source>The chosen customers stay in a segment you choose, with a reason.</source>
        <translation>Valitut asiakkaat pysyvät valitsemassasi segmentissä; syy kirjataan.</translation>
    </message>
    <message>
        <source>Start a run to see who would move, or choose an earlier run.</source>
        <translation>Aloita ajo nähdäksesi, ketkä siirtyisivät, tai valitse aiempi ajo.</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to see its customers.</source>
        <translation>Näet solun asiakkaat napsauttamalla matriisin solua.</translation>
    </message>
    <message numerus="yes">
        <source>%1 as of %2 (preview): %Ln of %3 customer(s) would move.</source>
        <translation>
            <numerusform>%1, tilanne %2 (esikatselu): %3 asiakkaasta siirtyisi %Ln.</numerusform>
            <numerusform>%1, tilanne %2 (esikatselu): %3 asiakkaasta siirtyisi %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 as of %2, applied: %Ln of %3 customer(s) moved.</source>
        <translation>
            <numerusform>%1, tilanne %2, otettu käyttöön: %3 asiakkaasta siirtyi %Ln.</numerusform>
            <numerusform>%1, tilanne %2, otettu käyttöön: %3 asiakkaasta siirtyi %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 as of %2, discarded: %Ln of %3 customer(s) would have moved.</source>
        <translation>
            <numerusform>%1, tilanne %2, hylätty: %3 asiakkaasta olisi siirtynyt %Ln.</numerusform>
            <numerusform>%1, tilanne %2, hylätty: %3 asiakkaasta olisi siirtynyt %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the decisions…</source>
        <translation>Lasketaan päätöksiä…</translation>
    </message>
    <message>
        <source>Pending %1 · confirmed %2 · kept in a segment %3</source>
        <translation>Odottaa %1 · vahvistettu %2 · pidetty segmentissä %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) stay in %1.</source>
        <translation>
            <numerusform>%Ln asiakas pysyy segmentissä %1.</numerusform>
            <numerusform>%Ln asiakasta pysyy segmentissä %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln customer(s) who move:</source>
        <translation>
            <numerusform>Siirtyvä asiakas (%Ln):</numerusform>
            <numerusform>Kaikki siirtyvät asiakkaat (%Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) move to %1:</source>
        <translation>
            <numerusform>%Ln asiakas siirtyy segmenttiin %1:</numerusform>
            <numerusform>%Ln asiakasta siirtyy segmenttiin %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) move out of %1:</source>
        <translation>
            <numerusform>%Ln asiakas siirtyy pois segmentistä %1:</numerusform>
            <numerusform>%Ln asiakasta siirtyy pois segmentistä %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) move from %1 to %2:</source>
        <translation>
            <numerusform>%Ln asiakas siirtyy segmentistä %1 segmenttiin %2:</numerusform>
            <numerusform>%Ln asiakasta siirtyy segmentistä %1 segmenttiin %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <translation>Päätöstä ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Only &amp;my customers</source>
        <translation>Vain o&amp;mat asiakkaani</translation>
    </message>
    <message>
        <source>Show only the moving customers whose account manager you are.</source>
        <translation>Näytä vain siirtyvät asiakkaat, joiden vastuuhenkilö olet.</translation>
    </message>
    <message>
        <source>Only your customers are shown.</source>
        <translation>Vain omat asiakkaasi näytetään.</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentRunsPage</name>
    <message>
        <source>The rules read the 12 months of sales up to this day&apos;s month.</source>
        <translation>Säännöt lukevat myyntitiedot 12 kuukaudelta valitun päivän kuukauteen asti.</translation>
    </message>
    <message>
        <source>&amp;New run</source>
        <translation>&amp;Uusi ajo</translation>
    </message>
    <message>
        <source>Evaluates every customer and shows who would move; nothing changes before you apply it.</source>
        <translation>Arvioi jokaisen asiakkaan ja näyttää, ketkä siirtyisivät; mikään ei muutu ennen kuin otat ajon käyttöön.</translation>
    </message>
    <message>
        <source>&amp;Yearly review</source>
        <translation>&amp;Vuosikatselmointi</translation>
    </message>
    <message>
        <source>A run whose moves the account managers confirm or override before it is applied (month 12 of the yearly clock).</source>
        <translation>Ajo, jonka siirrot vastuuhenkilöt vahvistavat tai muuttavat ennen käyttöönottoa (vuosikellon 12. kuukausi).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Segmentation:</source>
        <translation>&amp;Segmentointi:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Tilanne:</translation>
    </message>
    <message>
        <source>The segmentations could not be read: %1</source>
        <translation>Segmentointeja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>Segmenttejä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Ajoja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The run could not be read: %1</source>
        <translation>Ajoa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>%1: %2 / %3 customers</source>
        <translation>%1: %2 / %3 asiakasta</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Keskeytetään…</translation>
    </message>
    <message>
        <source>There is no segmentation to run.</source>
        <translation>Ajettavaa segmentointia ei ole.</translation>
    </message>
    <message>
        <source>Preparing the yearly review</source>
        <translation>Valmistellaan vuosikatselmointia</translation>
    </message>
    <message>
        <source>Evaluating</source>
        <translation>Arvioidaan</translation>
    </message>
    <message>
        <source>The run was cancelled; nothing changed.</source>
        <translation>Ajo keskeytettiin; mikään ei muuttunut.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>Ajo epäonnistui: %1</translation>
    </message>
    <message numerus="yes">
        <source>Apply the yearly review? %Ln customer(s) move.</source>
        <translation>
            <numerusform>Otetaanko vuosikatselmointi käyttöön? %Ln asiakas siirtyy.</numerusform>
            <numerusform>Otetaanko vuosikatselmointi käyttöön? %Ln asiakasta siirtyy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln move(s) are still pending and will be applied as proposed.</source>
        <translation>
            <numerusform>%Ln siirto odottaa vielä päätöstä, ja se otetaan käyttöön ehdotuksen mukaisena.</numerusform>
            <numerusform>%Ln siirtoa odottaa vielä päätöstä, ja ne otetaan käyttöön ehdotuksen mukaisina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moves still pending (being counted) will be applied as proposed.</source>
        <translation>Vielä päätöstä odottavat siirrot (määrää lasketaan) otetaan käyttöön ehdotuksen mukaisina.</translation>
    </message>
    <message numerus="yes">
        <source>Apply the run? %Ln customer(s) move to a new segment.</source>
        <translation>
            <numerusform>Otetaanko ajo käyttöön? %Ln asiakas siirtyy uuteen segmenttiin.</numerusform>
            <numerusform>Otetaanko ajo käyttöön? %Ln asiakasta siirtyy uuteen segmenttiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the run</source>
        <translation>Ota ajo käyttöön</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Otetaan käyttöön</translation>
    </message>
    <message>
        <source>Applying was cancelled; nothing changed.</source>
        <translation>Käyttöönotto keskeytettiin; mikään ei muuttunut.</translation>
    </message>
    <message>
        <source>The run was not applied: %1</source>
        <translation>Ajoa ei otettu käyttöön: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %Ln customer(s) moved.</source>
        <translation>
            <numerusform>Otettu käyttöön: %Ln asiakas siirretty.</numerusform>
            <numerusform>Otettu käyttöön: %Ln asiakasta siirretty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) skipped: their segment was changed by hand after the preview.</source>
        <translation>
            <numerusform>%Ln asiakas ohitettu: sen segmenttiä muutettiin käsin esikatselun jälkeen.</numerusform>
            <numerusform>%Ln asiakasta ohitettu: niiden segmenttiä muutettiin käsin esikatselun jälkeen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired override(s) ended.</source>
        <translation>
            <numerusform>%Ln vanhentunut käsin asetus päättyi.</numerusform>
            <numerusform>%Ln vanhentunutta käsin asetusta päättyi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the run</source>
        <translation>Hylkää ajo</translation>
    </message>
    <message>
        <source>Discard this preview? Nobody moves, and its decisions are lost.</source>
        <translation>Hylätäänkö tämä esikatselu? Ketään ei siirretä, ja sen päätökset menetetään.</translation>
    </message>
    <message>
        <source>Discarding</source>
        <translation>Hylätään</translation>
    </message>
    <message>
        <source>The preview was discarded.</source>
        <translation>Esikatselu hylättiin.</translation>
    </message>
    <message>
        <source>The run was not discarded: %1</source>
        <translation>Ajoa ei hylätty: %1</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentSection</name>
    <message>
        <source>Current segment</source>
        <translation>Nykyinen segmentti</translation>
    </message>
    <message>
        <source>Set segment &amp;by hand…</source>
        <translation>Aseta &amp;segmentti käsin…</translation>
    </message>
    <message>
        <source>&amp;Remove manual segment</source>
        <translation>P&amp;oista käsin asetettu segmentti</translation>
    </message>
    <message>
        <source>Put the customer where the segment rules say now</source>
        <translation>Sijoita asiakas segmenttiin, johon segmenttisäännöt sen nyt sijoittavat</translation>
    </message>
    <message>
        <source>&amp;Why this segment?</source>
        <translation>&amp;Miksi tämä segmentti?</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <source>Segment history</source>
        <translation>Segmenttihistoria</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>Segmentointi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Segment: not segmented</source>
        <translation>Segmentti: ei segmentoitu</translation>
    </message>
    <message>
        <source>Segment: unknown (%1)</source>
        <translation>Segmentti: tuntematon (%1)</translation>
    </message>
    <message>
        <source>Segment: %1 (set by hand)</source>
        <translation>Segmentti: %1 (asetettu käsin)</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Segmentti: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ajo %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ajo</translation>
    </message>
    <message>
        <source>Yearly review %1</source>
        <translation>Vuosikatselmointi %1</translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation>Vuosikatselmointi</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Käsin</translation>
    </message>
    <message>
        <source>By hand: %1</source>
        <translation>Käsin: %1</translation>
    </message>
    <message>
        <source>Manual segment ended</source>
        <translation>Käsin asetettu segmentti päättyi</translation>
    </message>
    <message>
        <source>no segment</source>
        <translation>ei segmenttiä</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>segmentti %1</translation>
    </message>
    <message>
        <source>Not segmented yet: the next re-segmentation run places this customer.</source>
        <translation>Ei vielä segmentoitu: seuraava segmentointiajo sijoittaa asiakkaan segmenttiin.</translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation>Asetettu käsin: %1</translation>
    </message>
    <message>
        <source>Set by hand by %1: %2</source>
        <translation>Asettanut käsin %1: %2</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, voimassa %2 asti</translation>
    </message>
    <message>
        <source>Placed by the segment rules on %1</source>
        <translation>Segmenttisääntöjen mukaan sijoitettu %1</translation>
    </message>
    <message>
        <source>Yearly review %1 on %2</source>
        <translation>Vuosikatselmointi %1, %2</translation>
    </message>
    <message>
        <source>Run %1 on %2</source>
        <translation>Ajo %1, %2</translation>
    </message>
    <message>
        <source>Not segmented</source>
        <translation>Ei segmentoitu</translation>
    </message>
    <message>
        <source>A new customer gets a segment once saved and placed by a run, or by hand.</source>
        <translation>Uusi asiakas saa segmentin, kun se on tallennettu ja sijoitettu segmenttiin ajolla tai käsin.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; since %3</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; %3 alkaen</translation>
    </message>
    <message>
        <source>not segmented</source>
        <translation>ei segmentoitu</translation>
    </message>
    <message>
        <source>%1 (by hand)</source>
        <translation>%1 (käsin)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1%2: the rules&apos; segment</source>
        <translation>%1%2: sääntöjen mukainen segmentti</translation>
    </message>
    <message>
        <source>The segment was not set: %1</source>
        <translation>Segmenttiä ei asetettu: %1</translation>
    </message>
    <message>
        <source>The manual segment was not removed: %1</source>
        <translation>Käsin asetettua segmenttiä ei poistettu: %1</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation>Segmentit</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ajot</translation>
    </message>
    <message>
        <source>Care model</source>
        <translation>Hoitomalli</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muutokset</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::SheetPage</name>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>tosi/epätosi</translation>
    </message>
    <message>
        <source>date</source>
        <translation>päivämäärä</translation>
    </message>
    <message>
        <source>error</source>
        <translation>virhe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, number format %3</source>
        <translation>%1: %2, lukumuotoilu %3</translation>
    </message>
    <message>
        <source>Sheet and header row</source>
        <translation>Taulukko ja otsikkorivi</translation>
    </message>
    <message>
        <source>Choose the sheet that holds the customers and the row that holds the column headers. Rows above the header (titles, dates, blank rows) are not imported. Click a row to make it the header row.</source>
        <translation>Valitse taulukko, jossa asiakkaat ovat, ja rivi, jolla sarakkeiden otsikot ovat. Otsikkorivin yläpuolisia rivejä (raportin otsikot, päivämäärät, tyhjät rivit) ei tuoda. Valitse otsikkorivi napsauttamalla riviä.</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>ei otsikkoriviä</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>&amp;Taulukot:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Otsikkorivi:</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (piilotettu)</translation>
    </message>
    <message>
        <source>Excel hides this sheet; it usually holds code lists, not customers.</source>
        <translation>Taulukko on piilotettu Excelissä; siinä on yleensä koodiluetteloita eikä asiakkaita.</translation>
    </message>
    <message>
        <source>The sheet cannot be read: %1</source>
        <translation>Taulukkoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The sheet is empty.</source>
        <translation>Taulukko on tyhjä.</translation>
    </message>
    <message>
        <source>Suggested: row %1</source>
        <translation>Ehdotus: rivi %1</translation>
    </message>
    <message>
        <source>Suggested: no header row (the first row is data)</source>
        <translation>Ehdotus: ei otsikkoriviä (ensimmäinen rivi on tietoa)</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::TargetsModel</name>
    <message>
        <source>The segments could not be read: %1</source>
        <translation>Segmenttejä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The targets could not be read: %1</source>
        <translation>Tavoitteita ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Today&apos;s customers per segment could not be read: %1</source>
        <translation>Segmenttien nykyisiä asiakasmääriä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Customers in the segment now, in the whole group (for reference)</source>
        <translation>Segmentin asiakkaat nyt koko konsernissa (vertailun vuoksi)</translation>
    </message>
    <message>
        <source>Type a number; an empty cell removes the target.</source>
        <translation>Kirjoita luku; tyhjä solu poistaa tavoitteen.</translation>
    </message>
    <message>
        <source>Customers now</source>
        <translation>Asiakkaita nyt</translation>
    </message>
    <message>
        <source>Target customers</source>
        <translation>Tavoite, asiakkaita</translation>
    </message>
    <message>
        <source>Target revenue €</source>
        <translation>Tavoite, myynti €</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of zero or more.</source>
        <translation>”%1” ei ole nolla tai sitä suurempi luku.</translation>
    </message>
    <message>
        <source>The target number of customers is a whole number.</source>
        <translation>Asiakasmäärän tavoitteen on oltava kokonaisluku.</translation>
    </message>
    <message>
        <source>The target was not saved: %1</source>
        <translation>Tavoitetta ei tallennettu: %1</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::TargetsPage</name>
    <message>
        <source>A year (2027) or a quarter (2027-Q1).</source>
        <translation>Vuosi (2027) tai vuosineljännes (2027-Q1).</translation>
    </message>
    <message>
        <source>&amp;Segmentation:</source>
        <translation>&amp;Segmentointi:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Jakso:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Rajaus:</translation>
    </message>
    <message>
        <source>Double-click a cell or start typing to set a target; an empty cell removes it.</source>
        <translation>Aseta tavoite kaksoisnapsauttamalla solua tai aloittamalla kirjoittaminen; tyhjä solu poistaa tavoitteen.</translation>
    </message>
    <message>
        <source>Whole group</source>
        <translation>Koko konserni</translation>
    </message>
    <message>
        <source>The group companies could not be read: %1</source>
        <translation>Konserniyhtiöitä ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Yhtiö: %1</translation>
    </message>
    <message>
        <source>Business area: %1</source>
        <translation>Liiketoiminta-alue: %1</translation>
    </message>
    <message>
        <source>The segmentations could not be read: %1</source>
        <translation>Segmentointeja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: write a year (%2) or a quarter (%2-Q1).</source>
        <translation>”%1” ei ole jakso: kirjoita vuosi (%2) tai vuosineljännes (%2-Q1).</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::TimelineSection</name>
    <message>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>What was discussed or agreed</source>
        <translation>Mitä keskusteltiin tai sovittiin</translation>
    </message>
    <message>
        <source>Add &amp;entry</source>
        <translation>Lisää &amp;merkintä</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Entry not added</source>
        <translation>Merkintää ei lisätty</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
</context>
<context>
    <name>luotsi::gui::UndoConflictsDialog</name>
    <message>
        <source>The batch cannot be undone</source>
        <translation>Tuontierää ei voi perua</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 was not undone, and nothing was changed: %Ln customer(s) were edited after the batch, by hand or by a later import. Undo the later batches first, or leave this batch in the register.</source>
        <translation>
            <numerusform>Tuontierää %1 ei peruttu, eikä mitään muutettu: %Ln asiakas on muokattu tuontierän jälkeen joko käsin tai myöhemmällä tuonnilla. Peru ensin myöhemmät tuontierät tai jätä tämä erä rekisteriin.</numerusform>
            <numerusform>Tuontierää %1 ei peruttu, eikä mitään muutettu: %Ln asiakasta on muokattu tuontierän jälkeen joko käsin tai myöhemmällä tuonnilla. Peru ensin myöhemmät tuontierät tai jätä tämä erä rekisteriin.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Luotsi customer register</source>
        <translation>Luotsi-asiakasrekisteri</translation>
    </message>
    <message>
        <source>Open the register in this SQLite file (default: %1).</source>
        <translation>Avaa rekisteri tästä SQLite-tiedostosta (oletus: %1).</translation>
    </message>
</context>
</TS>
