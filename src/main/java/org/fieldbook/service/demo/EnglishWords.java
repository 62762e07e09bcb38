package org.fieldbook.service.demo;

import static org.fieldbook.service.demo.Words.cities;
import static org.fieldbook.service.demo.Words.industries;
import static org.fieldbook.service.demo.Words.list;
import static org.fieldbook.service.demo.Words.terms;
import static org.fieldbook.service.demo.Words.titles;

import java.util.Map;
import org.fieldbook.domain.ActivityType;

/** Demo words in US English: the customers of an industrial equipment and service company. */
final class EnglishWords {
    private EnglishWords() {
    }

    static Words words() {
        return new Words(Vocabulary.Style.ENGLISH,
                terms("James|Mary|Robert|Patricia|John|Jennifer|Michael|Linda|David|Elizabeth|William|Barbara"
                        + "|Richard|Susan|Joseph|Jessica|Thomas|Sarah|Chris|Karen|Daniel|Lisa|Matthew|Nancy"
                        + "|Anthony|Sandra|Mark|Ashley|Steven|Emily|Andrew|Michelle|Joshua|Amanda|Kevin|Melissa"
                        + "|Brian|Rebecca|George|Laura|Ryan|Stephanie|Jacob|Rachel|Gary|Nicole|Eric|Megan"
                        + "|Jonathan|Hannah|Justin|Olivia|Scott|Grace|Brandon|Julia|Samuel|Maria|Omar|Priya"),
                terms("Smith|Johnson|Williams|Brown|Jones|Garcia|Miller|Davis|Rodriguez|Martinez|Hernandez"
                        + "|Lopez|Wilson|Anderson|Thomas|Taylor|Moore|Jackson|Martin|Lee|Thompson|White|Harris"
                        + "|Clark|Lewis|Robinson|Walker|Young|Allen|King|Wright|Scott|Hill|Green|Adams|Baker"
                        + "|Nelson|Carter|Mitchell|Perez|Roberts|Turner|Phillips|Campbell|Parker|Evans|Edwards"
                        + "|Collins|Stewart|Morris|Murphy|Cook|Rogers|Morgan|Cooper|Peterson|Reed|Bailey|Patel|Kim"),
                terms("Northwind|Bluestone|Ironbridge|Summit|Redwood|Harbor|Granite|Clearwater|Pioneer|Lakeside"
                        + "|Silverline|Keystone|Oakridge|Brightway|Cedar|Falcon|Meridian|Riverbend|Highland|Atlas"
                        + "|Beacon|Crescent|Evergreen|Frontier|Prairie|Sterling|Copperfield|Westfield|Eastgate"
                        + "|Hawthorne|Maple Leaf|Bayview|Stonegate|Trinity|Liberty|Horizon|Cascade|Sierra|Ridgeline"
                        + "|Blue Ridge|Timberline|Fairview|Northstar|Sunrise|Crossroads|Heartland|Ironwood"
                        + "|Greenfield|Mill Creek|Union|Anchor|Compass|Vanguard|Pinnacle|Lighthouse|Forge"
                        + "|Riverside|Kingsley|Ashford|Brookline|Driftwood|Elmwood|Foxhill|Glenview|Harvest"),
                industries("Manufacturing: Manufacturing, Industries, Precision, Fabrication, Components, Machining"
                        + "|Logistics & transport: Logistics, Freight, Transport, Distribution"
                        + "|Healthcare: Health, Medical, Clinics"
                        + "|Retail: Retail, Stores, Markets, Outfitters"
                        + "|Construction: Construction, Builders, Contracting"
                        + "|Energy & utilities: Energy, Power, Utilities, Solar"
                        + "|Food & beverage: Foods, Brewing, Dairy, Bakeries"
                        + "|Hospitality: Hotels, Hospitality, Resorts"
                        + "|Wholesale: Supply, Wholesale, Trading"
                        + "|Automotive: Automotive, Motors, Auto Parts"
                        + "|Chemicals: Chemicals, Coatings, Plastics"
                        + "|Electronics: Electronics, Circuits, Controls"
                        + "|Agriculture: Farms, Agri, Growers"
                        + "|Facility services: Facility Services, Property Services"),
                list("Inc.|Inc.|LLC|Co.|Group|Corp."),
                cities("New York, NY/Northeast/212|Boston, MA/Northeast/617|Philadelphia, PA/Northeast/215"
                        + "|Pittsburgh, PA/Northeast/412|Newark, NJ/Northeast/973|Chicago, IL/Midwest/312"
                        + "|Detroit, MI/Midwest/313|Minneapolis, MN/Midwest/612|Columbus, OH/Midwest/614"
                        + "|Milwaukee, WI/Midwest/414|Indianapolis, IN/Midwest/317|Kansas City, MO/Midwest/816"
                        + "|Houston, TX/South/713|Dallas, TX/South/214|Atlanta, GA/South/404|Nashville, TN/South/615"
                        + "|Charlotte, NC/South/704|San Antonio, TX/South/210|Denver, CO/West/303"
                        + "|Seattle, WA/West/206|Portland, OR/West/503|Phoenix, AZ/West/602"
                        + "|Salt Lake City, UT/West/801|Sacramento, CA/West/916|San Diego, CA/West/619"),
                list("Main Street|Oak Avenue|Industrial Parkway|Commerce Drive|Maple Street|Park Avenue"
                        + "|Lakeview Road|River Road|Harbor Boulevard|Enterprise Way|Mill Road|Airport Road"
                        + "|Washington Street|Elm Street|Technology Drive|Corporate Center Drive"),
                titles("CEO/Management/3|COO/Operations/3|CFO/Finance/3|VP Operations/Operations/3"
                        + "|Head of Procurement/Procurement/2|Plant Manager/Operations/2"
                        + "|Operations Manager/Operations/2|Facilities Manager/Facilities/2|IT Manager/IT/2"
                        + "|Purchasing Manager/Procurement/2|Maintenance Supervisor/Maintenance/1|Buyer/Procurement/1"
                        + "|Warehouse Supervisor/Logistics/1|Safety Officer/Health & Safety/1"
                        + "|Process Engineer/Engineering/1|Project Manager/Projects/1"),
                list("Forklift fleet renewal|Warehouse scanners|Preventive maintenance contract|Conveyor retrofit"
                        + "|Packaging line upgrade|Safety training program|IoT sensor pilot"
                        + "|Spare parts framework agreement|Energy monitoring|Cold-chain monitoring"
                        + "|Fleet telematics|Installation & commissioning|Operator training|Remote monitoring"
                        + "|Pallet racking"),
                list("Maintenance contract renewal|Additional site rollout|Upgrade to 24/7 support"
                        + "|Extra sensor kits|Operator training refresh|Phase 2 rollout"),
                list("Price too high|Chose a competitor|No budget|No decision, went quiet|Postponed"
                        + "|Missing feature"),
                Map.of(ActivityType.CALL, list("Intro call with {contact}|Follow-up call|Pricing call with {contact}"
                                + "|Check-in call"),
                        ActivityType.EMAIL, list("Sent product brochure|Sent proposal to {contact}|Follow-up e-mail"
                                + "|Sent customer references|Sent revised quote"),
                        ActivityType.MEETING, list("Discovery meeting|Demo for {contact}|Proposal review"
                                + "|Negotiation meeting|Kick-off meeting"),
                        ActivityType.VISIT, list("Site visit|Plant tour with {contact}|On-site assessment"
                                + "|Quarterly business review"),
                        ActivityType.TASK, list("Prepare quote|Send contract draft|Update technical requirements"
                                + "|Book demo equipment|Ask for references"),
                        ActivityType.NOTE, list("Budget confirmed by {contact}|Competitor also invited"
                                + "|Decision expected after board meeting")),
                list("Interested, wants a quote|Needs approval from management|Agreed on next steps"
                        + "|Asked for a discount|Left a voicemail|No answer"),
                list("Video call|Our office"),
                list("Field Sales %s|Key Accounts"),
                list("Prefers e-mail|Best reached in the morning|Met at a trade fair|Ask for the direct line"));
    }
}
