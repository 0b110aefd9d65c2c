<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
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
    <name>MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
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
        <source>%1 customers</source>
        <translation>asiakkaita %1</translation>
    </message>
    <message>
        <source>Measure opening, scrolling, searching and the card on a register.</source>
        <translation>Mittaa rekisterin avaamisen, selaamisen, haun ja asiakaskortin nopeus.</translation>
    </message>
    <message>
        <source>Run only these cases (comma-separated: open, scroll, search, card).</source>
        <translation>Aja vain nämä mittaukset (pilkuin eroteltuina: open, scroll, search, card).</translation>
    </message>
    <message>
        <source>Repeat each case this many times (default 5).</source>
        <translation>Toista kukin mittaus näin monta kertaa (oletus 5).</translation>
    </message>
    <message>
        <source>Also write the results as JSON to this file.</source>
        <translation>Kirjoita tulokset lisäksi JSON-muodossa tähän tiedostoon.</translation>
    </message>
    <message>
        <source>--runs needs a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>Valitsimen --runs arvon on oltava kokonaisluku 1 tai suurempi, ei ”%1”.</translation>
    </message>
    <message>
        <source>Unknown case &quot;%1&quot;; the cases are %2.</source>
        <translation>Tuntematon mittaus ”%1”; mittaukset ovat %2.</translation>
    </message>
    <message>
        <source>%1 does not exist. Make a register first, e.g. luotsi-admin generate --customers 1000000 --database %1</source>
        <translation>Tiedostoa %1 ei löydy. Luo ensin rekisteri, esim. luotsi-admin generate --customers 1000000 --database %1</translation>
    </message>
    <message>
        <source>Register: %1 (%2 MiB)</source>
        <translation>Rekisteri: %1 (%2 MiB)</translation>
    </message>
    <message>
        <source>Machine: %1, %2 cores</source>
        <translation>Kone: %1, ytimiä %2</translation>
    </message>
    <message>
        <source>case</source>
        <translation>mittaus</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>näytteet</translation>
    </message>
    <message>
        <source>median ms</source>
        <translation>med. ms</translation>
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
        <source>per</source>
        <translation>yksikkö</translation>
    </message>
    <message>
        <source>note</source>
        <translation>lisätieto</translation>
    </message>
    <message>
        <source>Peak memory (RSS): %1 MiB</source>
        <translation>Muistin huippukäyttö (RSS): %1 MiB</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Adds generated Finnish customers (companies, associations, public bodies, parishes and persons, with contacts, relationships and timelines) to the register, creating it if needed. The same seed gives the same customers.</source>
        <translation>Lisää rekisteriin generoituja suomalaisia asiakkaita (yrityksiä, yhdistyksiä, julkisyhteisöjä, seurakuntia ja henkilöitä yhteyshenkilöineen, asiakkuuksineen ja aikajanoineen) ja luo rekisterin tarvittaessa. Sama siemenluku tuottaa samat asiakkaat.</translation>
    </message>
    <message>
        <source>How many customers to generate (required).</source>
        <translation>Luotavien asiakkaiden määrä (pakollinen).</translation>
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
        <source>%1 prefixes of %2 names, %3 matches on average; slowest &quot;%4&quot;</source>
        <translation>alkuosia %1 (%2 nimestä), osumia keskimäärin %3; hitain ”%4”</translation>
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
    <name>luotsi::gui::CustomerCard</name>
    <message>
        <source>Segment: not segmented</source>
        <translation>Segmentti: ei segmentoitu</translation>
    </message>
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
