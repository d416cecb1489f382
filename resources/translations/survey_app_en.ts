<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="59"/>
        <source>Rendez-vous — {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="73"/>
        <source>facultatif, par ex. « rappeler la veille », « sonner deux fois »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="76"/>
        <source>Date :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="77"/>
        <source>Heure :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="78"/>
        <source>Note :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="82"/>
        <source>Enregistrer le rendez-vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="97"/>
        <source>Cette heure est déjà passée : choisissez un rendez-vous à venir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignBrowser</name>
    <message>
        <location filename="../../survey_app/gui/campaign_browser.py" line="102"/>
        <source>Reprendre l&apos;entretien   (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/campaign_browser.py" line="104"/>
        <source>Revoir l&apos;entretien terminé   (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/campaign_browser.py" line="105"/>
        <source>Commencer l&apos;entretien   (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/campaign_browser.py" line="203"/>
        <source>{total} logements · faits : {done} · à faire : {todo} · rendez-vous aujourd&apos;hui : {rdv}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTreeModel</name>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="107"/>
        <source>Lieu / logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="107"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="107"/>
        <source>Dernier passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="292"/>
        <source>Dernier passage : {when}{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="304"/>
        <source>Faits : {done} · à faire : {todo}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <location filename="../../survey_app/gui/views/campaign_view.py" line="35"/>
        <source>Quels logements montrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/campaign_view.py" line="37"/>
        <source>Rechercher : adresse, porte… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/campaign_view.py" line="41"/>
        <source>Affic&amp;her :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/campaign_view.py" line="62"/>
        <source>Aucun logement dans cette base.

Un consultant peut importer la liste des logements du bailleur : menu Consultant › Importer la liste des logements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/campaign_view.py" line="69"/>
        <source>Chargement de la campagne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/campaign_view.py" line="72"/>
        <source>Aucun logement ne correspond à ce filtre ou à cette recherche.

Échap efface la recherche.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="100"/>
        <source>Colonnes du fichier — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="103"/>
        <source>Pour chaque information, choisissez la colonne du fichier qui la contient. Seule la référence du logement est obligatoire ; laissez « (aucune) » pour une information absente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="110"/>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="131"/>
        <source>Relire le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="132"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="148"/>
        <source>Choisissez la colonne de la référence du logement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="156"/>
        <source>La colonne « {column} » est choisie pour deux informations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultantMenu</name>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="44"/>
        <source>&amp;Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="45"/>
        <source>&amp;Importer la liste des logements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="46"/>
        <source>Lire le registre du bailleur (.xlsx ou .csv) et créer ou mettre à jour les logements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="56"/>
        <source>Liste des logements du bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="66"/>
        <source>Lecture de « {file} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="82"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="83"/>
        <source>Enquête Habitat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="97"/>
        <source>Import annulé : rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="115"/>
        <location filename="../../survey_app/gui/consultant_menu.py" line="136"/>
        <source>Import impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="129"/>
        <source>Lecture des colonnes de « {file} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="137"/>
        <source>Le fichier « {file} » ne contient aucune ligne de titres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="151"/>
        <source>Enregistrement de {n} logement(s) dans la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="158"/>
        <source>Import terminé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DwellingView</name>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="55"/>
        <source>Choisissez un logement dans la liste (flèches haut et bas), puis Entrée pour commencer l&apos;entretien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="89"/>
        <source>Résultat du passage (une touche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="93"/>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="144"/>
        <source>Flèche droite pour ouvrir ce niveau, flèche bas pour passer au suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="189"/>
        <source>réf. {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="191"/>
        <source>signalé vacant par le bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="193"/>
        <source>signalé démoli par le bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="200"/>
        <source>Ce rendez-vous est passé : à reprogrammer (touche R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="202"/>
        <source>Motif : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="212"/>
        <source>Aucun passage pour l’instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="219"/>
        <source>pour le {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="232"/>
        <source>{total} logement(s) · faits : {done} · à faire : {todo}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstLaunchDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/first_launch.py" line="38"/>
        <source>Enquête Habitat — bienvenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/first_launch.py" line="43"/>
        <source>Indiquez votre nom (ou votre code d&apos;enquêteur). Il signe chaque passage et chaque réponse enregistrés sur ce portable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/first_launch.py" line="50"/>
        <source>par ex. Camille Martin ou ENQ-03</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/first_launch.py" line="61"/>
        <source>Votre nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/first_launch.py" line="62"/>
        <source>Nom de ce portable :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/first_launch.py" line="64"/>
        <source>Commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/first_launch.py" line="65"/>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/first_launch.py" line="83"/>
        <source>Le nom est obligatoire : il signe les passages et les réponses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/help_dialog.py" line="39"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="41"/>
        <source>Importer la liste des logements — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="46"/>
        <source>Le fichier « {file} » ne peut pas être importé tel quel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="48"/>
        <source>{good} logement(s) lisible(s), {bad} ligne(s) en erreur (ignorées si vous importez).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="52"/>
        <source>{good} logement(s) prêts à être importés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="59"/>
        <source>Colonnes reconnues : {used}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="67"/>
        <source>… et {n} autre(s) remarque(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="69"/>
        <source>Remarques (avec leur n° de ligne) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="79"/>
        <source>Campagne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="81"/>
        <source>Importer les {n} logement(s) correct(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="81"/>
        <source>Importer {n} logement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="85"/>
        <source>Indiquer les colonnes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="87"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewHost</name>
    <message>
        <location filename="../../survey_app/gui/views/interview_host.py" line="24"/>
        <source>Retour à la liste (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewLauncher</name>
    <message>
        <location filename="../../survey_app/gui/interview_launcher.py" line="128"/>
        <source>L&apos;entretien n&apos;a pas pu s&apos;afficher : {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="38"/>
        <source>La saisie des entretiens n&apos;est pas disponible dans cette installation (module « interview » absent). L&apos;entretien a bien été créé : il pourra être rempli avec une version complète de l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="85"/>
        <source>Commencer / reprendre l&apos;entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="85"/>
        <source>Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="87"/>
        <source>&amp;Actualiser la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="88"/>
        <source>&amp;Changer d&apos;enquêteur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="89"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="90"/>
        <source>&amp;Rechercher…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="91"/>
        <source>Guide de l&apos;&amp;enquêteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="92"/>
        <source>Guide du &amp;consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="93"/>
        <source>À &amp;propos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="106"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="110"/>
        <source>&amp;Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="116"/>
        <source>Aff&amp;icher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="121"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="196"/>
        <source>Enquêteur : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="204"/>
        <source>Ouverture de l&apos;entretien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="255"/>
        <source>Guide de l&apos;enquêteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="255"/>
        <source>Guide du consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="261"/>
        <source>À propos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="262"/>
        <source>{app} {version}
Enquêtes porte-à-porte sur l&apos;énergie dans le logement.
Base ouverte : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="176"/>
        <source>Enregistrer le passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="185"/>
        <source>Précisez ce qui s&apos;est passé : la note est obligatoire ici.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="106"/>
        <source>Pas le temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="107"/>
        <source>Pas intéressé·e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="108"/>
        <source>Méfiance, ne voit pas l&apos;utilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="109"/>
        <source>Opposé·e au projet de rénovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="110"/>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="129"/>
        <source>Refus — {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="130"/>
        <source>Motif du refus : tapez son chiffre, puis Entrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="132"/>
        <source>Motif non précisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="140"/>
        <source>précision facultative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="142"/>
        <source>Précision :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="147"/>
        <source>Enregistrer le refus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../survey_app/gui/app.py" line="71"/>
        <source>La base d&apos;enquête n&apos;a pas pu être ouverte.

{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/app.py" line="113"/>
        <source>Base mise à jour vers la nouvelle version ; copie de sécurité : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusFilter</name>
    <message>
        <location filename="../../survey_app/gui/models/filters.py" line="53"/>
        <source>Tous les logements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/filters.py" line="54"/>
        <source>À faire (pas encore clos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/filters.py" line="56"/>
        <source>Rendez-vous aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/filters.py" line="57"/>
        <source>À revisiter (absent, rendez-vous, en cours…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/filters.py" line="59"/>
        <source>À visiter (jamais vus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/filters.py" line="60"/>
        <source>Absents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/filters.py" line="61"/>
        <source>Rendez-vous (tous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/filters.py" line="62"/>
        <source>Entretiens en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/filters.py" line="63"/>
        <source>Terminés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/filters.py" line="64"/>
        <source>Refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/filters.py" line="65"/>
        <source>Vacants, murés ou impossibles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="45"/>
        <source>&amp;Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="46"/>
        <source>&amp;Rendez-vous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="47"/>
        <source>Re&amp;fus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="48"/>
        <source>Logement &amp;vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="49"/>
        <source>&amp;Muré / démoli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="50"/>
        <source>Enquête &amp;impossible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="51"/>
        <source>Autr&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="62"/>
        <source>Annuler le dernier passage noté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="64"/>
        <source>Annuler le dernier passage   (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="97"/>
        <source>Que s&apos;est-il passé ? (obligatoire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="99"/>
        <source>Pourquoi l&apos;enquête est-elle impossible ? (langue, santé… ; facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../survey_app/gui/workspace.py" line="115"/>
        <source>Passage enregistré : {outcome} — {place}. Ctrl+Z pour l&apos;annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/workspace.py" line="140"/>
        <source>Passage annulé : {outcome} — {place}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="40"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
