<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>libsodium kon niet worden gestart.</source>
        <translation>libsodium could not be started.</translation>
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
        <translation>Usage: veldwerk-cli [--data-dir DIR] &lt;command&gt;

Commands:
  vault init [--cost interactive|moderate|sensitive] [--max-failures N]
      Creates a new vault. Reads the new passphrase twice from standard input.
  vault verify
      Reads the passphrase, opens the vault and checks the database.
  vault change-secret [--cost interactive|moderate|sensitive]
      Reads the old passphrase and the new one twice; re-encrypts nothing.

Passphrases come from standard input, one per line, never from arguments.
--data-dir chooses the vault directory (default: the app's own).
Exit code: 0 success, 1 failure (message on stderr), 2 usage error.</translation>
    </message>
    <message>
        <source>--data-dir verwacht een map.</source>
        <translation>--data-dir expects a directory.</translation>
    </message>
    <message>
        <source>Geef een opdracht.</source>
        <translation>Give a command.</translation>
    </message>
    <message>
        <source>Onbekende opdracht: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>--cost verwacht interactive, moderate of sensitive.</source>
        <translation>--cost expects interactive, moderate or sensitive.</translation>
    </message>
    <message>
        <source>--max-failures verwacht een getal van %1 tot en met %2.</source>
        <translation>--max-failures expects a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Onbekende optie: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Geen wachtwoord ontvangen op standaardinvoer (één wachtwoord per regel).</source>
        <translation>No passphrase received on standard input (one passphrase per line).</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <source>Herhaal het nieuwe wachtwoord: </source>
        <translation>Repeat the new passphrase: </translation>
    </message>
    <message>
        <source>Kluis aangemaakt in %1</source>
        <translation>Vault created in %1</translation>
    </message>
    <message>
        <source>Wachtwoord: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Kluis: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Sleutelbestand: in orde (%1 sleutelslot(s); Argon2id %2 rondes, %3 MiB; wissen na %4 mislukte pogingen)</source>
        <translation>Key file: sound (%1 key slot(s); Argon2id %2 passes, %3 MiB; erase after %4 failed attempts)</translation>
    </message>
    <message>
        <source>Database: geopend (SQLCipher %1, schema %2, apparaat %3)</source>
        <translation>Database: opened (SQLCipher %1, schema %2, device %3)</translation>
    </message>
    <message>
        <source>Integriteit: de database is beschadigd.</source>
        <translation>Integrity: the database is damaged.</translation>
    </message>
    <message>
        <source>Integriteit: in orde</source>
        <translation>Integrity: sound</translation>
    </message>
    <message>
        <source>Huidig wachtwoord: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <source>Wachtwoord gewijzigd. De gegevens zelf zijn niet opnieuw versleuteld; dat is ook niet nodig.</source>
        <translation>Passphrase changed. The data itself was not re-encrypted; that is not needed.</translation>
    </message>
    <message>
        <source>Geef een vault-opdracht: init, verify of change-secret.</source>
        <translation>Give a vault command: init, verify or change-secret.</translation>
    </message>
    <message>
        <source>Onbekende vault-opdracht: %1</source>
        <translation>Unknown vault command: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Doorgaan</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ErasedPage</name>
    <message>
        <source>De kluis is gewist</source>
        <translation>The vault has been erased</translation>
    </message>
    <message>
        <source>Er is te vaak een onjuist wachtwoord ingevoerd. Om de gegevens van gezinnen te beschermen, zijn de sleutels van deze kluis vernietigd: wat op dit apparaat stond, is niet meer te lezen.</source>
        <translation>A wrong passphrase was entered too often. To protect the families' data, the keys of this vault were destroyed: what was on this device can no longer be read.</translation>
    </message>
    <message>
        <source>Wat al gesynchroniseerd was, staat nog op de server van uw organisatie. Neem contact op met functioneel beheer om dit apparaat opnieuw aan te melden.</source>
        <translation>What was already synchronised is still on your organisation's server. Contact your application administrator to enrol this device again.</translation>
    </message>
    <message>
        <source>Opnieuw beginnen met een lege kluis</source>
        <translation>Start again with an empty vault</translation>
    </message>
    <message>
        <source>Opnieuw beginnen?</source>
        <translation>Start again?</translation>
    </message>
    <message>
        <source>De onleesbare gegevens worden verwijderd en u kiest een nieuw wachtwoord.</source>
        <translation>The unreadable data is removed and you choose a new passphrase.</translation>
    </message>
    <message>
        <source>Opnieuw beginnen</source>
        <translation>Start again</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welkom bij Veldwerk</source>
        <translation>Welcome to Veldwerk</translation>
    </message>
    <message>
        <source>Alles wat u in Veldwerk vastlegt, wordt op dit apparaat versleuteld bewaard. Kies eerst het wachtwoord waarmee u de app opent.</source>
        <translation>Everything you record in Veldwerk is stored encrypted on this device. First choose the passphrase that opens the app.</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Precies 6 cijfers.</source>
        <translation>Exactly 6 digits.</translation>
    </message>
    <message>
        <source>Minstens %1 tekens. Een zin die u kunt onthouden werkt goed, bijvoorbeeld vier losse woorden.</source>
        <translation>At least %1 characters. A sentence you can remember works well, for example four separate words.</translation>
    </message>
    <message>
        <source>Herhaal de pincode</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <source>Herhaal het wachtwoord</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Kluis wordt aangemaakt…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <source>Kluis aanmaken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Vergeet dit wachtwoord niet. Zonder wachtwoord zijn de gegevens op dit apparaat niet te openen; wat al is gesynchroniseerd, blijft op de server bewaard.</source>
        <translation>Do not forget this passphrase. Without it the data on this device cannot be opened; what has been synchronised stays on the server.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Veldwerk</source>
        <translation>Veldwerk</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Er staan nog geen gezinnen op dit apparaat.</source>
        <translation>There are no families on this device yet.</translation>
    </message>
    <message>
        <source>Gezinnen, trajecten en bezoeken verschijnen hier zodra ze zijn aangemaakt of gesynchroniseerd.</source>
        <translation>Families, trajectories and visits appear here as soon as they are created or synchronised.</translation>
    </message>
    <message>
        <source>Veldwerk vergrendelt zich na %1 seconden zonder gebruik.</source>
        <translation>Veldwerk locks itself after %1 seconds without use.</translation>
    </message>
    <message>
        <source>Veldwerk vergrendelt zich na 1 minuut zonder gebruik.</source>
        <translation>Veldwerk locks itself after 1 minute without use.</translation>
    </message>
    <message>
        <source>Veldwerk vergrendelt zich na %1 minuten zonder gebruik.</source>
        <translation>Veldwerk locks itself after %1 minutes without use.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Veldwerk</source>
        <translation>Veldwerk</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>Veldwerk kan de kluis niet openen</source>
        <translation>Veldwerk cannot open the vault</translation>
    </message>
    <message>
        <source>Neem contact op met functioneel beheer. Wat al gesynchroniseerd was, staat nog op de server.</source>
        <translation>Contact your application administrator. What was already synchronised is still on the server.</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Oude bestanden apart zetten en opnieuw beginnen</source>
        <translation>Set the old files aside and start again</translation>
    </message>
    <message>
        <source>Oude bestanden apart zetten?</source>
        <translation>Set the old files aside?</translation>
    </message>
    <message>
        <source>De huidige bestanden gaan naar een map 'apart-gezet' in de gegevensmap; er wordt niets verwijderd. Daarna kiest u een nieuw wachtwoord voor een lege kluis.</source>
        <translation>The current files move to an 'apart-gezet' folder in the data directory; nothing is deleted. Then you choose a new passphrase for an empty vault.</translation>
    </message>
    <message>
        <source>Apart zetten</source>
        <translation>Set aside</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Verberg</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Taal van het systeem</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen</source>
        <translation>Automatic lock</translation>
    </message>
    <message>
        <source>Na deze tijd zonder gebruik vergrendelt Veldwerk zich. Wat u hebt vastgelegd, is dan al bewaard.</source>
        <translation>After this time without use Veldwerk locks itself. What you recorded has already been saved by then.</translation>
    </message>
    <message>
        <source>1 minuut</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <source>%1 minuten</source>
        <translation>%1 minutes</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Veldwerk is vergrendeld</source>
        <translation>Veldwerk is locked</translation>
    </message>
    <message>
        <source>Voer uw pincode in om verder te werken.</source>
        <translation>Enter your PIN to continue working.</translation>
    </message>
    <message>
        <source>Voer uw wachtwoord in om verder te werken.</source>
        <translation>Enter your passphrase to continue working.</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>U kunt het over 1 seconde opnieuw proberen.</source>
        <translation>You can try again in 1 second.</translation>
    </message>
    <message>
        <source>U kunt het over %1 seconden opnieuw proberen.</source>
        <translation>You can try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Er zijn %1 mislukte pogingen geweest. Na nog %2 mislukte pogingen worden de gegevens op dit apparaat onleesbaar gemaakt.</source>
        <translation>There have been %1 failed attempts. After %2 more failed attempts the data on this device will be made unreadable.</translation>
    </message>
    <message>
        <source>Kluis wordt geopend…</source>
        <translation>Opening the vault…</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>Veldwerk</name>
    <message>
        <source>Vul uw pincode in.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>Vul een wachtwoord in.</source>
        <translation>Enter a passphrase.</translation>
    </message>
    <message>
        <source>Het wachtwoord moet minstens %1 tekens lang zijn. Een zin die u kunt onthouden werkt goed.</source>
        <translation>The passphrase must be at least %1 characters long. A sentence you can remember works well.</translation>
    </message>
    <message>
        <source>Het wachtwoord is te lang (maximaal %1 bytes).</source>
        <translation>The passphrase is too long (at most %1 bytes).</translation>
    </message>
    <message>
        <source>Het wachtwoord bevat ongeldige tekens.</source>
        <translation>The passphrase contains invalid characters.</translation>
    </message>
    <message>
        <source>Het wachtwoord bevat een onzichtbaar teken, zoals een tab of een regeleinde.</source>
        <translation>The passphrase contains an invisible character, such as a tab or a line break.</translation>
    </message>
    <message>
        <source>De pincode bestaat uit precies %1 cijfers.</source>
        <translation>The PIN consists of exactly %1 digits.</translation>
    </message>
    <message>
        <source>De opslag van dit apparaat is vol. Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>The storage of this device is full. Free up space and try again.</translation>
    </message>
    <message>
        <source>In de gegevensmap kan niet worden geschreven: %1</source>
        <translation>The data directory cannot be written: %1</translation>
    </message>
    <message>
        <source>De gegevensmap is geen map: %1</source>
        <translation>The data directory is not a directory: %1</translation>
    </message>
    <message>
        <source>Lezen of schrijven van %1 is mislukt: %2</source>
        <translation>Reading or writing %1 failed: %2</translation>
    </message>
    <message>
        <source>Onjuiste pincode.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Onjuist wachtwoord.</source>
        <translation>Wrong passphrase.</translation>
    </message>
    <message>
        <source>Nog 1 poging; daarna worden de gegevens op dit apparaat onleesbaar gemaakt.</source>
        <translation>1 attempt left; after that the data on this device will be made unreadable.</translation>
    </message>
    <message>
        <source>Nog %1 pogingen voordat de gegevens op dit apparaat onleesbaar worden gemaakt.</source>
        <translation>%1 attempts left before the data on this device is made unreadable.</translation>
    </message>
    <message>
        <source>Na te veel mislukte pogingen zijn de sleutels van deze kluis vernietigd. De gegevens op dit apparaat zijn niet meer te lezen; wat gesynchroniseerd was, staat nog op de server.</source>
        <translation>After too many failed attempts the keys of this vault were destroyed. The data on this device can no longer be read; what was synchronised is still on the server.</translation>
    </message>
    <message>
        <source>Er is nog geen kluis in deze gegevensmap.</source>
        <translation>There is no vault in this data directory yet.</translation>
    </message>
    <message>
        <source>Er staat al een kluis in deze gegevensmap.</source>
        <translation>There already is a vault in this data directory.</translation>
    </message>
    <message>
        <source>Het sleutelbestand van de kluis is beschadigd (%1). Zonder dit bestand kunnen de gegevens niet worden geopend.</source>
        <translation>The vault's key file is damaged (%1). Without this file the data cannot be opened.</translation>
    </message>
    <message>
        <source>Onvoldoende werkgeheugen om de kluis te openen. Sluit andere apps en probeer het opnieuw.</source>
        <translation>Not enough memory to open the vault. Close other apps and try again.</translation>
    </message>
    <message>
        <source>De beveiligde sleutelopslag van dit apparaat is niet beschikbaar.</source>
        <translation>This device's secure key storage is not available.</translation>
    </message>
    <message>
        <source>Interne fout in de versleuteling (%1).</source>
        <translation>Internal encryption error (%1).</translation>
    </message>
    <message>
        <source>Deze installatie heeft geen versleutelde database (SQLCipher ontbreekt). Veldwerk werkt niet zonder versleuteling.</source>
        <translation>This installation has no encrypted database (SQLCipher is missing). Veldwerk does not work without encryption.</translation>
    </message>
    <message>
        <source>De database kan niet worden gelezen: het bestand is beschadigd of hoort niet bij deze kluis.</source>
        <translation>The database cannot be read: the file is damaged or does not belong to this vault.</translation>
    </message>
    <message>
        <source>De database is beschadigd. Neem contact op met functioneel beheer; wat gesynchroniseerd was, staat nog op de server.</source>
        <translation>The database is damaged. Contact your application administrator; what was synchronised is still on the server.</translation>
    </message>
    <message>
        <source>De database is in gebruik door een ander programma. Probeer het zo opnieuw.</source>
        <translation>The database is in use by another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>In de database kan niet worden geschreven (alleen-lezen).</source>
        <translation>The database cannot be written (read-only).</translation>
    </message>
    <message>
        <source>De database kan niet worden geopend of aangemaakt.</source>
        <translation>The database cannot be opened or created.</translation>
    </message>
    <message>
        <source>Deze gegevens zijn gemaakt door een nieuwere versie van Veldwerk. Werk de app bij.</source>
        <translation>This data was made by a newer version of Veldwerk. Update the app.</translation>
    </message>
    <message>
        <source>Databasefout: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs do not match.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>De database ontbreekt in de gegevensmap %1. De sleutels zijn er nog, de gegevens niet.</source>
        <translation>The database is missing from the data directory %1. The keys are still there, the data is not.</translation>
    </message>
    <message>
        <source>Er is nog geen kluis in de gegevensmap %1.</source>
        <translation>There is no vault in the data directory %1 yet.</translation>
    </message>
    <message>
        <source>De gegevensmap %1 kan niet worden gebruikt.</source>
        <translation>The data directory %1 cannot be used.</translation>
    </message>
    <message>
        <source>Wacht even: probeer het over 1 seconde opnieuw.</source>
        <translation>Please wait: try again in 1 second.</translation>
    </message>
    <message>
        <source>Wacht even: probeer het over %1 seconden opnieuw.</source>
        <translation>Please wait: try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Lezen of schrijven van de database is mislukt. Is de opslag van dit apparaat vol? Maak ruimte vrij en probeer het opnieuw.</source>
        <translation>Reading or writing the database failed. Is the storage of this device full? Free up space and try again.</translation>
    </message>
    <message>
        <source>De gegevensmap %1 kan niet worden gebruikt: een deel van het pad is een bestand, geen map.</source>
        <translation>The data directory %1 cannot be used: part of the path is a file, not a directory.</translation>
    </message>
    <message>
        <source>De gegevensmap %1 kan niet worden gebruikt: geen toegang.</source>
        <translation>The data directory %1 cannot be used: access denied.</translation>
    </message>
    <message>
        <source>Probeer het opnieuw.</source>
        <translation>Please try again.</translation>
    </message>
</context>
<context>
    <name>veldwerk::ui::VaultController</name>
    <message>
        <source>In de gegevensmap staat een database, maar het sleutelbestand ontbreekt. Zonder sleutelbestand kunnen deze gegevens niet worden geopend.</source>
        <translation>The data directory holds a database, but the key file is missing. Without the key file this data cannot be opened.</translation>
    </message>
</context>
</TS>