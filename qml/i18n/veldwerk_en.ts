<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>libsodium kon niet worden gestart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruik: veldwerk-cli [--data-dir MAP] &lt;opdracht&gt;

Opdrachten:
  vault init [--cost interactive|moderate|sensitive] [--max-failures N]
      Maakt een nieuwe kluis. Leest het nieuwe wachtwoord twee keer van standaardinvoer.
  vault verify
      Leest het wachtwoord, opent de kluis en controleert de database.
  vault change-secret [--cost interactive|moderate|sensitive]
      Leest het oude wachtwoord en twee keer het nieuwe; versleutelt niets opnieuw.

Wachtwoorden komen van standaardinvoer, één per regel, nooit uit argumenten.
--data-dir kiest de kluismap (standaard die van de app).
Afsluitcode: 0 gelukt, 1 mislukt (melding op stderr), 2 verkeerd gebruik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir verwacht een map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een opdracht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende opdracht: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cost verwacht interactive, moderate of sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-failures verwacht een getal van %1 tot en met %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende optie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen wachtwoord ontvangen op standaardinvoer (één wachtwoord per regel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herhaal het nieuwe wachtwoord: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis aangemaakt in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleutelbestand: in orde (%1 sleutelslot(s); Argon2id %2 rondes, %3 MiB; wissen na %4 mislukte pogingen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: geopend (SQLCipher %1, schema %2, apparaat %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integriteit: de database is beschadigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integriteit: in orde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huidig wachtwoord: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord gewijzigd. De gegevens zelf zijn niet opnieuw versleuteld; dat is ook niet nodig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geef een vault-opdracht: init, verify of change-secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onbekende vault-opdracht: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Doorgaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasedPage</name>
    <message>
        <source>De kluis is gewist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is te vaak een onjuist wachtwoord ingevoerd. Om de gegevens van gezinnen te beschermen, zijn de sleutels van deze kluis vernietigd: wat op dit apparaat stond, is niet meer te lezen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat al gesynchroniseerd was, staat nog op de server van uw organisatie. Neem contact op met functioneel beheer om dit apparaat opnieuw aan te melden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw beginnen met een lege kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw beginnen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De onleesbare gegevens worden verwijderd en u kiest een nieuw wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welkom bij Veldwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alles wat u in Veldwerk vastlegt, wordt op dit apparaat versleuteld bewaard. Kies eerst het wachtwoord waarmee u de app opent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precies 6 cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minstens %1 tekens. Een zin die u kunt onthouden werkt goed, bijvoorbeeld vier losse woorden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herhaal de pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herhaal het wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis wordt aangemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergeet dit wachtwoord niet. Zonder wachtwoord zijn de gegevens op dit apparaat niet te openen; wat al is gesynchroniseerd, blijft op de server bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Veldwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staan nog geen gezinnen op dit apparaat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinnen, trajecten en bezoeken verschijnen hier zodra ze zijn aangemaakt of gesynchroniseerd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veldwerk vergrendelt zich na %1 seconden zonder gebruik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veldwerk vergrendelt zich na 1 minuut zonder gebruik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veldwerk vergrendelt zich na %1 minuten zonder gebruik.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Veldwerk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Veldwerk kan de kluis niet openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neem contact op met functioneel beheer. Wat al gesynchroniseerd was, staat nog op de server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oude bestanden apart zetten en opnieuw beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oude bestanden apart zetten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De huidige bestanden gaan naar een map &apos;apart-gezet&apos; in de gegevensmap; er wordt niets verwijderd. Daarna kiest u een nieuw wachtwoord voor een lege kluis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apart zetten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Verberg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taal van het systeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatisch vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na deze tijd zonder gebruik vergrendelt Veldwerk zich. Wat u hebt vastgelegd, is dan al bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minuut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minuten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Veldwerk is vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voer uw pincode in om verder te werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voer uw wachtwoord in om verder te werken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kunt het over 1 seconde opnieuw proberen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kunt het over %1 seconden opnieuw proberen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn %1 mislukte pogingen geweest. Na nog %2 mislukte pogingen worden de gegevens op dit apparaat onleesbaar gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis wordt geopend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Veldwerk</name>
    <message>
        <source>Vul uw pincode in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul een wachtwoord in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wachtwoord moet minstens %1 tekens lang zijn. Een zin die u kunt onthouden werkt goed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wachtwoord is te lang (maximaal %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wachtwoord bevat ongeldige tekens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het wachtwoord bevat een onzichtbaar teken, zoals een tab of een regeleinde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De pincode bestaat uit precies %1 cijfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De opslag van dit apparaat is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de gegevensmap kan niet worden geschreven: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevensmap is geen map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lezen of schrijven van %1 is mislukt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onjuiste pincode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onjuist wachtwoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog 1 poging; daarna worden de gegevens op dit apparaat onleesbaar gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog %1 pogingen voordat de gegevens op dit apparaat onleesbaar worden gemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te veel mislukte pogingen. Probeer het over %1 seconden opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na te veel mislukte pogingen zijn de sleutels van deze kluis vernietigd. De gegevens op dit apparaat zijn niet meer te lezen; wat gesynchroniseerd was, staat nog op de server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen kluis in deze gegevensmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staat al een kluis in deze gegevensmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het sleutelbestand van de kluis is beschadigd (%1). Zonder dit bestand kunnen de gegevens niet worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onvoldoende werkgeheugen om de kluis te openen. Sluit andere apps en probeer het opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De beveiligde sleutelopslag van dit apparaat is niet beschikbaar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interne fout in de versleuteling (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze installatie heeft geen versleutelde database (SQLCipher ontbreekt). Veldwerk werkt niet zonder versleuteling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database kan niet worden gelezen: het bestand is beschadigd of hoort niet bij deze kluis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is beschadigd. Neem contact op met functioneel beheer; wat gesynchroniseerd was, staat nog op de server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database is in gebruik door een ander programma. Probeer het zo opnieuw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In de database kan niet worden geschreven (alleen-lezen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database kan niet worden geopend of aangemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze gegevens zijn gemaakt door een nieuwere versie van Veldwerk. Werk de app bij.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databasefout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De database ontbreekt in de gegevensmap %1. De sleutels zijn er nog, de gegevens niet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen kluis in de gegevensmap %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevensmap %1 kan niet worden gebruikt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>veldwerk::ui::VaultController</name>
    <message>
        <source>In de gegevensmap staat een database, maar het sleutelbestand ontbreekt. Zonder sleutelbestand kunnen deze gegevens niet worden geopend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
