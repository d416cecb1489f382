<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AcknowledgeEditor</name>
    <message>
        <location filename="../../survey_app/gui/interview/choice_editors.py" line="323"/>
        <source>1. Fait / confirmé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Autosaver</name>
    <message>
        <location filename="../../survey_app/gui/interview/autosave.py" line="147"/>
        <source>Réponse non enregistrée : {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildingReportDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="139"/>
        <source>Imprimer les fiches bâtiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="140"/>
        <source>Une fiche A4 par bâtiment (avancement, chauffage, confort, dépenses, priorités), pour les réunions avec le bailleur et les villes. Sans bâtiment coché : tous les bâtiments du site choisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="149"/>
        <source>Cochez des bâtiments pour n&apos;imprimer qu&apos;eux (Espace coche ou décoche).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="155"/>
        <source>Ca&amp;mpagne :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="156"/>
        <source>&amp;Site :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="157"/>
        <source>&amp;Bâtiments :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="158"/>
        <source>Commencer par la page de s&amp;ynthèse de la campagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="160"/>
        <source>Aussi un fichier PDF par bâtiment, dans ce dossier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="161"/>
        <source>Dossier des fiches séparées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="169"/>
        <source>&amp;Dossier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="177"/>
        <source>Tous les sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="212"/>
        <source>La base ne contient aucun logement : importez d&apos;abord la liste des logements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="216"/>
        <source>Choisissez un dossier existant pour les fiches séparées.</source>
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
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="89"/>
        <source>Porte {door}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="96"/>
        <source>T{rooms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="111"/>
        <source>Lieu / logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="111"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="111"/>
        <source>Dernier passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="149"/>
        <source>Sans adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="296"/>
        <source>Dernier passage : {when}{who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="308"/>
        <source>Faits : {done} · à faire : {todo}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/campaign_view.py" line="93"/>
        <location filename="../../survey_app/gui/models/campaign_tree.py" line="102"/>
        <source>{day} à {hour}</source>
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
        <location filename="../../survey_app/gui/dialogs/register_import_dialogs.py" line="120"/>
        <source>{field} :</source>
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
    <name>ComboChoiceEditor</name>
    <message>
        <location filename="../../survey_app/gui/interview/choice_editors.py" line="269"/>
        <source>— choisir —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_table.py" line="162"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_table.py" line="164"/>
        <source>Réponse gardée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_table.py" line="177"/>
        <source>Réponse absente de cette version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_table.py" line="204"/>
        <source>Version dont cette réponse est gardée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsultantMenu</name>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="51"/>
        <source>&amp;Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="52"/>
        <source>&amp;Importer la liste des logements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="53"/>
        <source>Lire le registre du bailleur (.xlsx ou .csv) et créer ou mettre à jour les logements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="55"/>
        <source>&amp;Fusionner des paquets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="56"/>
        <source>Fusionner dans cette base les paquets (.enqpkg) remis par les enquêteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="59"/>
        <source>Voir côte à côte les versions en conflit et les entretiens en double, et décider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="61"/>
        <source>&amp;Valider ou rejeter l&apos;entretien du logement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="62"/>
        <source>Donner le verdict du consultant sur l&apos;entretien du logement sélectionné, avec un commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="64"/>
        <source>&amp;Préparer le paquet pour les portables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="65"/>
        <source>Statuts, rendez-vous et affectations pour chaque portable, sans les réponses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="67"/>
        <source>&amp;Exporter vers Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="68"/>
        <source>Un classeur .xlsx prêt à filtrer : entretiens, membres, passages, indicateurs par bâtiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="70"/>
        <source>Imprimer les fiches &amp;bâtiments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="71"/>
        <source>La synthèse de la campagne puis une fiche par bâtiment (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="73"/>
        <source>Imprimer la feuille de &amp;tournée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="74"/>
        <source>Les logements du bâtiment sélectionné, par entrée et par étage (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="76"/>
        <source>Imprimer le &amp;questionnaire papier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="77"/>
        <source>Le questionnaire vierge, pour quand un portable tombe en panne (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="86"/>
        <source>E&amp;xporter mes enquêtes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="87"/>
        <source>Écrire le paquet de ce portable, à remettre au consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="89"/>
        <source>Importer le paquet de &amp;retour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="90"/>
        <source>Apprendre de la base maître ce que les collègues ont fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="186"/>
        <source>Liste des logements du bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="201"/>
        <source>Lecture de « {file} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="203"/>
        <location filename="../../survey_app/gui/consultant_menu.py" line="220"/>
        <location filename="../../survey_app/gui/consultant_menu.py" line="235"/>
        <location filename="../../survey_app/gui/consultant_menu.py" line="251"/>
        <source>Import impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="208"/>
        <location filename="../../survey_app/gui/consultant_menu.py" line="241"/>
        <source>Campagne {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="233"/>
        <source>Lecture des colonnes de « {file} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="262"/>
        <source>Impossible de lire « {file} » ({error}) : vérifiez que c&apos;est un classeur .xlsx ou un fichier .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="221"/>
        <source>Le fichier « {file} » ne contient aucune ligne de titres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="39"/>
        <source>Registre du bailleur (*.xlsx *.xlsm *.csv *.txt);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="40"/>
        <source>Conflits et doublons à re&amp;voir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="41"/>
        <source>Import annulé : rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="249"/>
        <source>Enregistrement de {n} logement(s) dans la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/consultant_menu.py" line="246"/>
        <source>Import terminé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="96"/>
        <source>Obligatoire, par exemple : vérifié par téléphone avec le ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="97"/>
        <source>Garder cette &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="98"/>
        <source>Choisir réponse par &amp;réponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="99"/>
        <source>Garder cet entretien, rejeter les &amp;autres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="100"/>
        <source>Garder &amp;tous les entretiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="101"/>
        <source>Valider l&apos;e&amp;ntretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="102"/>
        <source>Rejeter l&apos;entretien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="103"/>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="105"/>
        <source>Version &amp;choisie :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="106"/>
        <source>&amp;Motif de la décision :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="112"/>
        <source>Annuler la &amp;décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="113"/>
        <source>Historique des décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="138"/>
        <source>{when} — {who} — {what}. Motif : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="141"/>
        <source> (annulée le {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="150"/>
        <source>Aucune décision pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="167"/>
        <source>Garder la version choisie en entier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="169"/>
        <source>Choisissez, dans la colonne « Réponse gardée », au moins une réponse d&apos;une autre version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="171"/>
        <source>Garder la version choisie, avec les réponses prises dans les autres versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="172"/>
        <source>Un seul entretien reste en vie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="173"/>
        <source>Garder l&apos;entretien choisi et rejeter les autres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="174"/>
        <source>Deux ménages différents, par exemple : tout garder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="177"/>
        <source>Réglez d&apos;abord le conflit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="179"/>
        <source>Cet entretien a été supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="181"/>
        <source>L&apos;entretien est déjà validé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="182"/>
        <source>Marquer l&apos;entretien comme validé (le motif sert de commentaire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="183"/>
        <source>L&apos;entretien est déjà rejeté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="184"/>
        <source>Marquer l&apos;entretien comme rejeté, avec un motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="187"/>
        <source>Choisissez dans l&apos;historique une décision qui n&apos;est pas déjà annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="188"/>
        <source>Remettre les entretiens exactement comme avant cette décision</source>
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
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="186"/>
        <source>T{rooms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="188"/>
        <source>{surface} m²</source>
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
        <location filename="../../survey_app/gui/views/dwelling_view.py" line="235"/>
        <source>{total} logement(s) · faits : {done} · à faire : {todo}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="50"/>
        <source>Codes et libellés côte à côte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="51"/>
        <source>Codes seulement (1, 2, 98…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="52"/>
        <source>Libellés seulement (« Gaz », « Électricité »…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="60"/>
        <source>Exporter vers Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="64"/>
        <source>Un classeur prêt à filtrer : entretiens, membres du foyer, appareils, passages, indicateurs par bâtiment, dictionnaire des codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="70"/>
        <source>Réponses des questions à choix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="82"/>
        <source>Entretiens à exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="85"/>
        <source>Tous les sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="91"/>
        <source>&amp;Site :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="92"/>
        <source>&amp;Bâtiment :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="104"/>
        <source>Statuts :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="108"/>
        <source>Seulement du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="113"/>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="119"/>
        <source>Période :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="123"/>
        <source>&amp;Pseudonymiser : retirer les prénoms, les téléphones et les textes libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="125"/>
        <source>Pour transmettre le classeur hors de l&apos;équipe d&apos;enquête.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="129"/>
        <source>Classeur Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="131"/>
        <source>Enregistrer le classeur Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="133"/>
        <source>&amp;Fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="141"/>
        <source>E&amp;xporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="143"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="162"/>
        <source>Tous les bâtiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="197"/>
        <source>Cochez au moins un statut d&apos;entretien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="200"/>
        <source>La période est à l&apos;envers : la première date est après la seconde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="201"/>
        <source>Indiquez le classeur à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="208"/>
        <source>Écrire le classeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="242"/>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="261"/>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="256"/>
        <source>Classeur écrit : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="257"/>
        <source>Export terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="259"/>
        <source>Export vers Excel : « {name} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/export_dialog.py" line="260"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileWidgets</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/file_widgets.py" line="58"/>
        <source>« {path} » est un dossier : indiquez un nom de fichier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/file_widgets.py" line="61"/>
        <source>Le dossier « {folder} » n&apos;existe pas : choisissez un dossier existant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/file_widgets.py" line="68"/>
        <source>Remplacer le fichier ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/file_widgets.py" line="69"/>
        <source>Le fichier « {name} » existe déjà dans « {folder} ». Le remplacer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/file_widgets.py" line="91"/>
        <source>Ouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/file_widgets.py" line="92"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="60"/>
        <source>{n} réponse obligatoire manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="61"/>
        <source>{n} réponses obligatoires manquantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="63"/>
        <source>{n} réponse à corriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="64"/>
        <source>{n} réponses à corriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="66"/>
        <source>{n} avertissement à confirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="67"/>
        <source>{n} avertissements à confirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="69"/>
        <source>Toutes les questions posées ont une réponse valable : l&apos;entretien peut être terminé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="71"/>
        <source>{first} et {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="74"/>
        <source>{problems}. Complétez ou corrigez les lignes en rouge avant de terminer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="76"/>
        <source>{problems}. Vérifiez-les avec le ménage, confirmez-les, ou terminez quand même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="86"/>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="120"/>
        <source>Terminer l&apos;entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="104"/>
        <source>Entrée ou double clic : aller à cette question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="108"/>
        <source>Entrée ou double clic sur une ligne : aller à la question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="112"/>
        <source>✔ Rien ne manque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="117"/>
        <source>Aller à la question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/finish_dialog.py" line="123"/>
        <source>Continuer la saisie</source>
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
    <name>HandInDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="67"/>
        <source>Exporter mes enquêtes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="73"/>
        <source>Le paquet contient toutes les enquêtes et tous les passages de ce portable. Remettez-le au consultant (clé USB ou courriel) : il le fusionnera dans la base maître.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="80"/>
        <source>Enregistrer le paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="82"/>
        <source>&amp;Fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="88"/>
        <source>E&amp;xporter le paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="90"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="102"/>
        <source>Indiquez le paquet à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="104"/>
        <source>Écrire le paquet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/help_dialog.py" line="28"/>
        <source># Guide indisponible

Le fichier « {path} » n&apos;a pas pu être lu ({error}).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/help_dialog.py" line="41"/>
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
    <name>InterviewFormatting</name>
    <message>
        <location filename="../../survey_app/gui/interview/formatting.py" line="79"/>
        <source>Oui</source>
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
        <location filename="../../survey_app/gui/interview_launcher.py" line="51"/>
        <source>fichier illisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview_launcher.py" line="53"/>
        <source>Le questionnaire « {path} » n&apos;a pas pu être chargé : {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview_launcher.py" line="135"/>
        <source>L&apos;entretien n&apos;a pas pu s&apos;afficher : {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewPanel</name>
    <message>
        <location filename="../../survey_app/gui/interview/panel.py" line="98"/>
        <source>Entretien impossible à ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel.py" line="99"/>
        <source>L&apos;entretien n&apos;a pas pu être ouvert : {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel.py" line="159"/>
        <source>Statut : {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel.py" line="251"/>
        <source>Toutes les questions posées ont une réponse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewProblems</name>
    <message>
        <location filename="../../survey_app/gui/interview/problems.py" line="61"/>
        <source>{repeat} n° {number} : {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/problems.py" line="76"/>
        <source>valeur refusée : {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../survey_app/gui/interview/text_editors.py" line="71"/>
        <source>nombre entier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/text_editors.py" line="76"/>
        <source>ex. 12,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/datetime_editors.py" line="46"/>
        <source>jj/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/datetime_editors.py" line="55"/>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/datetime_editors.py" line="64"/>
        <source>jj/mm/aaaa hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <location filename="../../survey_app/gui/long_task.py" line="112"/>
        <source>Opération annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/long_task.py" line="113"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/long_task.py" line="163"/>
        <source>Annulation en cours… (la base reste cohérente)</source>
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
        <location filename="../../survey_app/gui/main_window.py" line="112"/>
        <source>&amp;Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="118"/>
        <source>Aff&amp;icher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="123"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="199"/>
        <source>Enquêteur : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="207"/>
        <source>Ouverture de l&apos;entretien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="258"/>
        <source>Guide de l&apos;enquêteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="258"/>
        <source>Guide du consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="264"/>
        <source>À propos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/main_window.py" line="265"/>
        <source>{app} {version}
Enquêtes porte-à-porte sur l&apos;énergie dans le logement.
Base ouverte : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="56"/>
        <source>Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="56"/>
        <source>Poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="57"/>
        <source>Enquêteur(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="57"/>
        <source>Créé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="58"/>
        <source>Entretiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="58"/>
        <source>Remarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="63"/>
        <source>Fusionner des paquets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="67"/>
        <source>Base maître : « {master} ». Chaque paquet est fusionné d&apos;un bloc : un paquet refusé ne change rien à la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="99"/>
        <source>&amp;Fusionner {n} paquet(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="102"/>
        <source>Fusionner dans la base maître</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="103"/>
        <source>Aucun des fichiers choisis n&apos;est un paquet lisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="105"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="115"/>
        <source>Illisible : sera refusé (voir le détail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="119"/>
        <source>Paquet de retour pour les portables : sera refusé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="121"/>
        <source>Déjà fusionné le {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="123"/>
        <source>Nouveau paquet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="133"/>
        <source>« {name} » : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="136"/>
        <source>« {name} » : {counts} ; questionnaire(s) : {forms} ; application {app}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="140"/>
        <source>Déjà fusionné dans cette base : le refusionner ne prend que ce qui est nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="167"/>
        <source>Rapport de fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="179"/>
        <source>&amp;Enregistrer le rapport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="180"/>
        <source>Le même rapport en JSON, pour l&apos;archiver avec les paquets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="183"/>
        <source>&amp;Revoir les conflits et doublons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="186"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="194"/>
        <source>{merged} paquet(s) fusionné(s), {refused} refusé(s) : {new} entretien(s) nouveau(x), {updated} mis à jour, {conflicts} en conflit, {twice} logement(s) enquêté(s) deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/merge_dialogs.py" line="200"/>
        <source>Fusion annulée avant la fin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="177"/>
        <source>Enregistrer le passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="186"/>
        <source>Précisez ce qui s&apos;est passé : la note est obligatoire ici.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="42"/>
        <source>Paquets d&apos;enquête (*.enqpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="43"/>
        <source>Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="44"/>
        <source>Opération annulée : la base est restée exactement comme avant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="49"/>
        <source>{size} Mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="50"/>
        <source>{size} Ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="55"/>
        <source>{interviews} entretien(s), {visits} passage(s), {dwellings} logement(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="146"/>
        <source>Paquet écrit : « {path} » ({size}) : {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="149"/>
        <source>Enquêtes exportées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="150"/>
        <source>Remettez ce fichier au consultant. Ce portable se souvient de ce paquet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="152"/>
        <source>Écriture du paquet « {name} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="154"/>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="157"/>
        <source>Export des enquêtes impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="165"/>
        <source>Paquets de retour (*.enqpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="166"/>
        <source>Paquet de retour de la base maître</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="181"/>
        <source>Paquet de retour importé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="183"/>
        <source>Import du paquet de retour « {name} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="185"/>
        <source>Import du paquet de retour impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="215"/>
        <source>Paquets à fusionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="229"/>
        <source>Lecture de {n} paquet(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="231"/>
        <source>Fusion annulée : rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="232"/>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="255"/>
        <source>Fusion impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="253"/>
        <source>Fusion de {n} paquet(s) dans la base maître…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="261"/>
        <source>Enregistrer le rapport de fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="262"/>
        <source>Rapport JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="278"/>
        <source>Rapport enregistré : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="279"/>
        <source>Rapport non enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="296"/>
        <source>Paquet de retour pour les portables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="312"/>
        <source>Paquet de retour écrit : « {path} » ({size}) : {counts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="315"/>
        <source>Paquet pour les portables prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="316"/>
        <source>Sur chaque portable : Fichier › Importer le paquet de retour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="318"/>
        <source>Écriture du paquet de retour « {name} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="320"/>
        <location filename="../../survey_app/gui/dialogs/package_dialogs.py" line="323"/>
        <source>Paquet de retour impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageListModel</name>
    <message>
        <location filename="../../survey_app/gui/interview/page_list.py" line="143"/>
        <source>{page} : rien à demander pour ce ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/page_list.py" line="144"/>
        <source>{page} : {answered} réponse(s) sur {asked} question(s) à poser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/page_list.py" line="146"/>
        <source>, {n} à revoir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../survey_app/gui/interview/page_view.py" line="44"/>
        <source>Rien à demander sur cette page pour ce ménage, d&apos;après les réponses déjà données. Passez à la page suivante (Page suiv.).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelChrome</name>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="27"/>
        <source>✔ Réponses enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="28"/>
        <source>Enregistrement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="52"/>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="103"/>
        <source>Chargement de l&apos;entretien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="78"/>
        <source>Cet entretien est terminé : il se lit sans se modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="81"/>
        <source>Rouvrir pour corriger (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="101"/>
        <source>Pages du questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="117"/>
        <source>◀ Page préc. (Page↑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="118"/>
        <source>Page suiv. (Page↓) ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="119"/>
        <source>Question à compléter (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="120"/>
        <source>Terminer l&apos;entretien… (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="121"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/panel_chrome.py" line="123"/>
        <source>Revenir à la liste des logements (tout est déjà enregistré)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperFormDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="270"/>
        <source>Imprimer le questionnaire papier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="272"/>
        <source>Le questionnaire de la campagne, vierge, avec ses sections, des cases à cocher et les consignes de saut écrites en toutes lettres : pour quand un portable tombe en panne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="278"/>
        <source> lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="279"/>
        <source>Lignes vides des tableaux des personnes et des appareils de chauffage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="281"/>
        <source>&amp;Lignes par tableau :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/file_widgets.py" line="111"/>
        <source>Choisir un fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/file_widgets.py" line="121"/>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../survey_app/gui/interview/question_widget.py" line="64"/>
        <source>Confirmer ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/question_widget.py" line="68"/>
        <source>La réponse est juste malgré l&apos;avertissement : la garder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/question_widget.py" line="102"/>
        <source>Avertissement confirmé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="56"/>
        <source>Rejeter l&apos;entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="58"/>
        <source>Par exemple : entretien fait avec un voisin, pas avec le ménage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="60"/>
        <source>&amp;Rejeter l&apos;entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="61"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="67"/>
        <source>&amp;Motif du rejet :</source>
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
    <name>RepeatTableModel</name>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_model.py" line="69"/>
        <source>Au-delà du nombre indiqué : cette ligne ne sera pas gardée à la fin de l&apos;entretien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_model.py" line="71"/>
        <source>Réponse obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatWidget</name>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_widget.py" line="84"/>
        <source>Ajouter une ligne (Inser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_widget.py" line="85"/>
        <source>Retirer la ligne… (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_widget.py" line="90"/>
        <source>Entrée : remplir la ligne choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_widget.py" line="146"/>
        <source>Le nombre de lignes suit les réponses du questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_widget.py" line="182"/>
        <source>Aucune ligne : « Ajouter une ligne » pour commencer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_widget.py" line="185"/>
        <source>{repeat} n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_widget.py" line="187"/>
        <source>{repeat} n° {number} (au-delà du nombre indiqué, ne sera pas gardée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_widget.py" line="238"/>
        <source>Retirer une ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_widget.py" line="239"/>
        <source>Retirer « {repeat} » n° {number} et toutes ses réponses ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_widget.py" line="242"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/repeat_widget.py" line="243"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="48"/>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="290"/>
        <source>Ouvrir le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="295"/>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="317"/>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="340"/>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="361"/>
        <source>Impression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="314"/>
        <source>Mise en page des fiches bâtiments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="315"/>
        <source>Fiches bâtiments prêtes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="316"/>
        <source>Impression annulée : aucun fichier n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="338"/>
        <source>Mise en page de la feuille de tournée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="339"/>
        <source>Feuille de tournée prête</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="359"/>
        <source>Mise en page du questionnaire papier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="360"/>
        <source>Questionnaire papier prêt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="35"/>
        <source>Choisissez un point à revoir dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="36"/>
        <source>Indiquez d&apos;abord le motif de la décision (il est gardé au journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="37"/>
        <source>Ce point est réglé : annulez d&apos;abord la décision pour en prendre une autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_decision.py" line="47"/>
        <source>{day} à {hour}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="47"/>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="305"/>
        <source>Conflits et doublons à revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="59"/>
        <source>Afficher aussi les points déjà réglés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="74"/>
        <source>Seulement les réponses qui &amp;diffèrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="119"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="143"/>
        <source>{n} point(s) à revoir : {c} conflit(s), {d} doublon(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="145"/>
        <source>Rien à revoir : aucun conflit ni doublon ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="150"/>
        <source> · {n} entretiens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="153"/>
        <source>Détecté le {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="175"/>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="199"/>
        <source>Conflit réglé. &lt;b&gt;Entretien actuel&lt;/b&gt; : révision {n} du {when} ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="208"/>
        <source>Une seule version : toutes ses réponses sont montrées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="219"/>
        <source>{d} réponse(s) diffèrent sur {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="220"/>
        <source>Aucune réponse ne diffère : les {n} réponses sont identiques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="273"/>
        <source>Annuler la décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="274"/>
        <source>Annuler « {what} » du {when} ? Les entretiens reviennent exactement comme avant cette décision, et le point redevient à revoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="292"/>
        <source>Décision annulée : {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_dialog.py" line="293"/>
        <source>Décision enregistrée : {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_table.py" line="29"/>
        <source>Entretien actuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_table.py" line="32"/>
        <source>Entretien {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_table.py" line="33"/>
        <source>Version {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_table.py" line="61"/>
        <source>{repeat} n°{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_table.py" line="69"/>
        <source>{label} — toutes les occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_table.py" line="76"/>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/review_table.py" line="78"/>
        <source>{n} occurrence(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundSheetDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="225"/>
        <source>Imprimer la feuille de tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="226"/>
        <source>Une ligne par logement, par entrée et par étage, avec son statut, ses rendez-vous et son dernier passage, et des cases pour noter le passage du jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="231"/>
        <source>tout le site (maisons comprises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="241"/>
        <source>&amp;Bâtiment :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="262"/>
        <source>La base ne contient aucun logement : importez d&apos;abord la liste des logements.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StampedEditor</name>
    <message>
        <location filename="../../survey_app/gui/interview/datetime_editors.py" line="47"/>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/interview/datetime_editors.py" line="56"/>
        <location filename="../../survey_app/gui/interview/datetime_editors.py" line="65"/>
        <source>Maintenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../survey_app/gui/app.py" line="82"/>
        <source>La base d&apos;enquête n&apos;a pas pu être ouverte.

{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/app.py" line="126"/>
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
    <name>VerdictDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="28"/>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="81"/>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="107"/>
        <source>Valider ou rejeter l&apos;entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="30"/>
        <source>Entretien du logement {dwelling} (statut actuel : {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="34"/>
        <source>&amp;Valider l&apos;entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="35"/>
        <source>&amp;Rejeter l&apos;entretien (à reprendre sur le terrain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="42"/>
        <source>&amp;Commentaire (obligatoire pour un rejet) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="50"/>
        <source>Enregistrer la décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="51"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="67"/>
        <source>Indiquez le motif du rejet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="82"/>
        <source>Choisissez d&apos;abord dans la liste un logement qui a un entretien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="100"/>
        <source>Entretien validé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/verdict_dialog.py" line="102"/>
        <source>Entretien rejeté.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="44"/>
        <source>&amp;Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="45"/>
        <source>&amp;Rendez-vous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="46"/>
        <source>Re&amp;fus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="47"/>
        <source>Logement &amp;vacant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="48"/>
        <source>&amp;Muré / démoli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="49"/>
        <source>Enquête &amp;impossible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="50"/>
        <source>Autr&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="61"/>
        <source>Annuler le dernier passage noté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="63"/>
        <source>Annuler le dernier passage   (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="96"/>
        <source>Que s&apos;est-il passé ? (obligatoire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/visit_actions.py" line="98"/>
        <source>Pourquoi l&apos;enquête est-elle impossible ? (langue, santé… ; facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialogs</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/visit_dialogs.py" line="40"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../survey_app/gui/workspace.py" line="35"/>
        <source>Erreur inattendue : {error}. Rien n&apos;a été perdu de ce qui était déjà enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/workspace.py" line="119"/>
        <source>Passage enregistré : {outcome} — {place}. Ctrl+Z pour l&apos;annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/workspace.py" line="144"/>
        <source>Passage annulé : {outcome} — {place}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PdfDialog</name>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="86"/>
        <source>Enregistrer le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="92"/>
        <source>&amp;Créer le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="94"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="100"/>
        <source>&amp;Fichier PDF :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="116"/>
        <source>Indiquez le fichier PDF à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../survey_app/gui/dialogs/report_dialog.py" line="121"/>
        <source>Écrire le PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StampedEditor</name>
    <message>
        <location filename="../../survey_app/gui/interview/datetime_editors.py" line="26"/>
        <source>Remplir avec la date ou l&apos;heure actuelle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
