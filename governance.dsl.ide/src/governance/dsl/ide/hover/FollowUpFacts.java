package governance.dsl.ide.hover;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IReferenceDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;

import governance.dsl.model.FollowUpOrder;
import governance.dsl.model.ModelView;
import governance.dsl.model.Outcomes;
import governance.dsl.styrmodell.FollowUp;
import governance.dsl.styrmodell.Goal;
import governance.dsl.styrmodell.GoalAssessment;
import governance.dsl.styrmodell.Measure;
import governance.dsl.styrmodell.ModelDefinition;
import governance.dsl.styrmodell.Outcome;
import governance.dsl.styrmodell.StyrmodellPackage.Literals;

/**
 * What the follow-ups say about a goal or a measure. Follow-ups usually live in files of their
 * own ("utfall kf_m1_i1 2019: 74" in uppfoljning-delar-2019.styr), so they are found through
 * the index's references rather than in the plan's file.
 */
public class FollowUpFacts {

	@Inject
	private ResourceDescriptionsProvider descriptionsProvider;

	/** The measure's outcomes: its own, then those of follow-ups, in the order of their years. */
	public List<Outcome> outcomesOf(Measure measure) {
		List<Outcome> outcomes = new ArrayList<>(measure.getOutcomes());
		for (EObject source : referringTo(measure, Literals.OUTCOME__MEASURE)) {
			if (source instanceof Outcome outcome && !outcomes.contains(outcome)) {
				outcomes.add(outcome);
			}
		}
		outcomes.sort(Outcomes.ORDER);
		return outcomes;
	}


	/** The latest assessment of a goal in any follow-up: the latest year, then the latest date. */
	public GoalAssessment latestAssessmentOf(Goal goal) {
		GoalAssessment latest = null;
		for (EObject source : referringTo(goal, Literals.GOAL_ASSESSMENT__GOAL)) {
			if (source instanceof GoalAssessment assessment
					&& (latest == null || FOLLOW_UP_ORDER.compare(followUpOf(assessment), followUpOf(latest)) >= 0)) {
				latest = assessment;
			}
		}
		return latest;
	}

	/** The follow-ups of the definition's municipality anywhere in the workspace (for the publication date). */
	public List<FollowUp> followUpsOf(ModelDefinition definition) {
		ResourceSet resourceSet = definition.eResource() == null ? null : definition.eResource().getResourceSet();
		String namespace = ModelView.namespaceOf(definition);
		if (resourceSet == null || namespace == null) {
			return List.of();
		}
		List<FollowUp> followUps = new ArrayList<>();
		IResourceDescriptions descriptions = descriptionsProvider.getResourceDescriptions(definition.eResource());
		for (IEObjectDescription description : descriptions.getExportedObjectsByType(Literals.FOLLOW_UP)) {
			if (description.getQualifiedName().toString().startsWith(namespace + ".")
					&& resourceSet.getEObject(description.getEObjectURI(), true) instanceof FollowUp followUp) {
				followUps.add(followUp);
			}
		}
		return followUps;
	}

	public static FollowUp followUpOf(EObject object) {
		return EcoreUtil2.getContainerOfType(object, FollowUp.class);
	}

	private static final Comparator<FollowUp> FOLLOW_UP_ORDER = Comparator.nullsFirst(FollowUpOrder.ORDER);


	/** The objects anywhere in the workspace whose reference of this kind points at the target. */
	private List<EObject> referringTo(EObject target, EReference reference) {
		ResourceSet resourceSet = target.eResource() == null ? null : target.eResource().getResourceSet();
		if (resourceSet == null) {
			return List.of();
		}
		URI targetUri = EcoreUtil.getURI(target);
		IResourceDescriptions descriptions = descriptionsProvider.getResourceDescriptions(target.eResource());
		List<EObject> sources = new ArrayList<>();
		for (IResourceDescription description : descriptions.getAllResourceDescriptions()) {
			for (IReferenceDescription referenceDescription : description.getReferenceDescriptions()) {
				if (referenceDescription.getEReference() == reference
						&& targetUri.equals(referenceDescription.getTargetEObjectUri())) {
					EObject source = resourceSet.getEObject(referenceDescription.getSourceEObjectUri(), true);
					if (source != null) {
						sources.add(source);
					}
				}
			}
		}
		return sources;
	}
}
